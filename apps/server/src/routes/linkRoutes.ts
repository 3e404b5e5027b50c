import { findEntity, keys } from '@werkbank/concept';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roleSchema } from '../auth/Role.ts';
import { requireLink } from '../auth/requireLink.ts';
import { errorTexts } from '../http/errorTexts.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseBody } from '../http/parseBody.ts';
import { issueLink } from '../links/issueLink.ts';
import { linkJson } from '../links/linkJson.ts';
import { linkUrl } from '../links/linkUrl.ts';
import type { ServerContext } from '../ServerContext.ts';

const createLinkSchema = z
  .object({
    role: roleSchema,
    label: z.string().trim().max(200).optional(),
    expiresAt: z.iso
      .datetime({ offset: true })
      .refine((value) => Date.parse(value) > Date.now(), 'Das Ablaufdatum muss in der Zukunft liegen')
      .nullable()
      .optional(),
    workshopId: z.string().min(1).max(64).optional(),
  })
  .strict()
  .superRefine((input, check) => {
    if (input.role === 'workshop' && input.workshopId === undefined)
      check.addIssue({
        code: 'custom',
        path: ['workshopId'],
        message: errorTexts['workshop-id-required'].de,
      });
    if (input.role !== 'workshop' && input.workshopId !== undefined)
      check.addIssue({
        code: 'custom',
        path: ['workshopId'],
        message: errorTexts['workshop-id-not-allowed'].de,
      });
  });

/** Capability links of a concept; only owners manage them. */
export function linkRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Params: { id: string } }>('/api/concepts/:id/links', async (request, reply) => {
    const { id } = request.params;
    requireLink(ctx, request, id, ['owner']);
    const input = parseBody(createLinkSchema, request.body);
    const expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;
    const { workshopId } = input;
    if (
      workshopId !== undefined &&
      !ctx.rooms.use(id, (room) => findEntity(room.doc, keys.WORKSHOPS, workshopId))
    )
      throw new HttpError(404, 'workshop-not-found', { path: 'workshopId' });
    const { link, token } = issueLink(ctx.store.links, id, { ...input, expiresAt });
    request.log.info(
      { event: 'link-created', concept: id, link: link.id, role: link.role, workshop: link.workshopId },
      'link created',
    );
    reply.status(201);
    return { ...linkJson(link), token, link: linkUrl(ctx, request, link, token) };
  });

  app.get<{ Params: { id: string } }>('/api/concepts/:id/links', async (request) => {
    requireLink(ctx, request, request.params.id, ['owner']);
    return ctx.store.links.list(request.params.id).map((link) => linkJson(link));
  });

  app.delete<{ Params: { id: string; linkId: string } }>(
    '/api/concepts/:id/links/:linkId',
    async (request, reply) => {
      const { id, linkId } = request.params;
      requireLink(ctx, request, id, ['owner']);
      const links = ctx.store.links.list(id).map((link) => linkJson(link));
      const target = links.find((link) => link.id === linkId && link.revokedAt === null);
      if (!target) throw new HttpError(404, 'link-not-found');
      const otherOwners = links.filter((link) => link.role === 'owner' && link.active && link.id !== linkId);
      if (target.role === 'owner' && target.active && otherOwners.length === 0)
        throw new HttpError(409, 'last-owner-link');
      ctx.store.links.revoke(id, linkId);
      ctx.rooms.closeLink(id, linkId);
      ctx.workshops.closeLink(id, linkId);
      request.log.info({ event: 'link-revoked', concept: id, link: linkId }, 'link revoked');
      reply.status(204);
    },
  );
}
