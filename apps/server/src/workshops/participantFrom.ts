import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/HttpError.ts';

const PARTICIPANT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The pseudonymous participant id of a request: header `X-Participant`, or `?participant=` for EventSource,
 * which cannot set headers. Undefined when absent; 400 when malformed, or absent but `required`.
 */
export function participantFrom(request: FastifyRequest, required: boolean): string | undefined {
  const header = request.headers['x-participant'];
  const query = (request.query as Record<string, unknown> | undefined)?.participant;
  const value = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
  if (value === undefined || value === '') {
    if (required) throw new HttpError(400, 'participant-missing');
    return undefined;
  }
  if (!PARTICIPANT_ID.test(value)) throw new HttpError(400, 'participant-invalid');
  return value;
}
