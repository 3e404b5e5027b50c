import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../ServerContext.ts';

/**
 * GET /api/health: liveness (the process answers and its database reads) — restart it when this fails.
 * GET /api/ready: readiness — 503 while it shuts down, so a proxy or orchestrator stops sending new people.
 * No token, nothing about any concept.
 */
export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async () => {
    ctx.store.db.prepare('SELECT 1').get();
    return { status: 'ok', loadedConcepts: ctx.rooms.size, uptimeSeconds: Math.round(process.uptime()) };
  });
  app.get('/api/ready', async (_request, reply) => {
    if (ctx.lifecycle.closing) return reply.code(503).send({ status: 'draining' });
    ctx.store.db.prepare('SELECT 1').get();
    return { status: 'ready' };
  });
}
