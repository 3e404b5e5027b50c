import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../http/errorTexts.ts';
import { errorTexts } from '../http/errorTexts.ts';
import { HttpError } from '../http/HttpError.ts';
import type { RateLimit } from './RateLimit.ts';

/** A 429 with `Retry-After` (whole seconds) and the wait in the message. */
export function rateLimited(reply: FastifyReply, code: ErrorCode, retryMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(retryMs / 1000));
  reply.header('Retry-After', String(seconds));
  const text = errorTexts[code];
  return new HttpError(429, code, {
    message: `${text.de} Wieder möglich in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}.`,
    messageEn: `${text.en} Possible again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  });
}

/** Takes one of `limit`'s tokens for the link `linkId`; when none is left, logs it and throws `rateLimited`. */
export function takeForLink(
  limit: RateLimit,
  linkId: string,
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
): void {
  const waitMs = limit.take(linkId);
  if (waitMs <= 0) return;
  request.log.warn({ event: 'rate-limited', link: linkId, url: request.routeOptions.url }, 'rate limited');
  throw rateLimited(reply, code, waitMs);
}
