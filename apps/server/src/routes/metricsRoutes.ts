import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http/HttpError.ts';
import type { ServerContext } from '../ServerContext.ts';

/**
 * GET /metrics: Prometheus text format. Counts only, nothing about any concept's content; with `token` set, only
 * for `Authorization: Bearer <token>`.
 */
export function metricsRoutes(app: FastifyInstance, ctx: ServerContext, token: string | undefined): void {
  app.get('/metrics', async (request, reply) => {
    if (token && request.headers.authorization !== `Bearer ${token}`)
      throw new HttpError(401, 'token-invalid');
    reply.type(ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });
}
