import type { FastifyInstance } from 'fastify';

/** Headers every answer carries: no Referer that could carry a token, no sniffing, no caching of API data. */
export function responseHooks(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Content-Type-Options', 'nosniff');
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
}
