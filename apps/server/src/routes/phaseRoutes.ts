import { currentPhaseKey, readMeta, updateMeta } from '@werkbank/concept';
import { getTemplate } from '@werkbank/templates';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireLink } from '../auth/requireLink.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseBody } from '../http/parseBody.ts';
import type { ServerContext } from '../ServerContext.ts';

const phaseSchema = z.strictObject({ phase: z.string().min(1).max(80) });

/** The process path's current phase: only the owner sets it, to one of the concept template's phases. */
export function phaseRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put<{ Params: { id: string } }>('/api/concepts/:id/phase', async (request) => {
    const { id } = request.params;
    requireLink(ctx, request, id, ['owner']);
    const { phase } = parseBody(phaseSchema, request.body);
    return ctx.rooms.use(id, (room) => {
      const template = getTemplate(readMeta(room.doc).templateId);
      if (!template?.phases.some((p) => p.key === phase)) throw new HttpError(400, 'unknown-phase');
      if (readMeta(room.doc).phase !== phase) updateMeta(room.doc, { phase });
      return { phase: currentPhaseKey(readMeta(room.doc).phase, template) };
    });
  });
}
