import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { redactUrl } from './redactUrl.ts';

/** Fastify's request logging as one line per request (instead of two), with the token redacted from the URL. */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const fields = {
      event: 'http',
      method: request.method,
      url: redactUrl(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...fields, err: error }, 'request errored');
    else reply.log.info(fields, 'request');
  }
}
