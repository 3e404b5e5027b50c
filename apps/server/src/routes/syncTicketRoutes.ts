import type { FastifyInstance } from 'fastify';
import { hashToken } from '../auth/hashToken.ts';
import { readerRoles } from '../auth/readerRoles.ts';
import { requireLink } from '../auth/requireLink.ts';
import { tokenFromRequest } from '../auth/tokenFromRequest.ts';
import { HttpError } from '../http/HttpError.ts';
import type { ServerContext } from '../ServerContext.ts';

/**
 * POST /api/concepts/:id/sync-ticket: a single-use ticket for `/sync/:id?ticket=…`, so that the token travels
 * in the Authorization header and never in a WebSocket URL.
 */
export function syncTicketRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Params: { id: string } }>('/api/concepts/:id/sync-ticket', async (request) => {
    const { id } = request.params;
    requireLink(ctx, request, id, readerRoles);
    const ticket = ctx.tickets.issue(id, hashToken(tokenFromRequest(request) as string));
    if (!ticket) throw new HttpError(503, 'work-queue-full');
    return { ticket, expiresInSeconds: ctx.tickets.ttlSeconds };
  });
}
