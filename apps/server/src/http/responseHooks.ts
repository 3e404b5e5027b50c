import type { FastifyInstance } from 'fastify';
import { redactUrl } from './redactUrl.ts';

/** Headers every answer carries (no Referer with a token, no sniffing, no caching of API data) and one log line per request. */
export function responseHooks(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Content-Type-Options', 'nosniff');
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
  app.addHook('onResponse', async (request, reply) => {
    const fields = {
      event: 'http',
      method: request.method,
      url: redactUrl(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    request.log.info(fields, 'request');
  });
}
