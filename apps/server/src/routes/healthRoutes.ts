import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../ServerContext.ts';

/** GET /api/health: liveness for monitoring; no token, nothing about any concept. */
export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async () => {
    ctx.store.db.prepare('SELECT 1').get();
    return { status: 'ok', loadedConcepts: ctx.rooms.size, uptimeSeconds: Math.round(process.uptime()) };
  });
}
