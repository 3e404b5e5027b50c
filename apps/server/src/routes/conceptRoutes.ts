import rateLimit from '@fastify/rate-limit';
import { createConceptFromTemplate, newConceptSchema, readMeta } from '@werkbank/concept';
import { getTemplate } from '@werkbank/templates';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readerRoles } from '../auth/readerRoles.ts';
import { requireLink } from '../auth/requireLink.ts';
import { backupFileName } from '../concepts/backupFileName.ts';
import { backupFor } from '../concepts/backupFor.ts';
import { buildConcept } from '../concepts/buildConcept.ts';
import { conceptJsonFor } from '../concepts/conceptJsonFor.ts';
import { saveNewConcept } from '../concepts/saveNewConcept.ts';
import { attachment } from '../http/attachment.ts';
import { creationRateLimit } from '../http/creationRateLimit.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseBody } from '../http/parseBody.ts';
import { retryLater } from '../http/retryLater.ts';
import type { ServerContext } from '../ServerContext.ts';
import { answersFromStore } from '../store/DocStore.ts';
import type { RouteLimits } from './registerRoutes.ts';

const createBodySchema = z.strictObject({
  ...newConceptSchema.shape,
  templateId: z.string().min(1).max(200),
});

interface ConceptParams {
  id: string;
}

/** Creating, importing, reading, backing up and deleting concepts. */
export function conceptRoutes(app: FastifyInstance, ctx: ServerContext, limits: RouteLimits): void {
  // Anyone may create a concept, so creating and importing share one count per client, in a scope of their own.
  app.register(async (creating) => {
    await creating.register(rateLimit, creationRateLimit(limits.creation, ctx.store.rateCounts));

    creating.post('/api/concepts', async (request, reply) => {
      const { templateId, ...input } = parseBody(createBodySchema, request.body);
      const template = getTemplate(templateId);
      if (!template) throw new HttpError(400, 'unknown-template', { path: 'templateId' });
      const doc = createConceptFromTemplate(template, input);
      reply.status(201);
      return saveNewConcept(ctx, request, buildConcept(doc));
    });

    creating.register(async (importing) => {
      // The body reaches the worker thread unparsed: parsing megabytes of JSON would stall every socket too.
      importing.removeContentTypeParser('application/json');
      importing.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
        done(null, body),
      );
      importing.post(
        '/api/concepts/import',
        { bodyLimit: limits.importBodyLimit },
        async (request, reply) => {
          const body = request.body as Buffer;
          request.log.info({ event: 'import-started', bytes: body.length }, 'import started');
          const started = performance.now();
          const built = await ctx.work.importConcept(body).catch(retryLater(reply));
          request.log.info(
            { event: 'import-built', ms: Math.round(performance.now() - started) },
            'import built in a worker',
          );
          reply.status(201);
          return saveNewConcept(ctx, request, built);
        },
      );
    });
  });

  app.get<{ Params: ConceptParams }>('/api/concepts/:id', async (request) => {
    requireLink(ctx, request, request.params.id, readerRoles);
    return conceptJsonFor(ctx, request.params.id, undefined, request.log);
  });

  // The live concept alone loses the versions' frozen content; this carries it, and the import restores it.
  app.get<{ Params: ConceptParams }>('/api/concepts/:id/backup', async (request, reply) => {
    const { id } = request.params;
    requireLink(ctx, request, id, readerRoles);
    const now = new Date();
    const backup = backupFor(ctx, id, now, request.log);
    request.log.info(
      { event: 'concept-backed-up', concept: id, versions: Object.keys(backup.versions).length },
      'concept backed up',
    );
    reply.header('Content-Disposition', attachment(backupFileName(backup.concept, now)));
    return backup;
  });

  app.get<{ Params: ConceptParams }>('/api/concepts/:id/summary', async (request) => {
    const { id } = request.params;
    const link = requireLink(ctx, request, id, ['owner', 'editor', 'viewer', 'workshop']);
    // From the stored snapshot if the concept is not loaded and nothing was stored after it: a browser asks for the
    // summary first as it opens a concept, and loading the concept would hold up every other answer meanwhile.
    const stored = ctx.rooms.isLoaded(id) ? null : ctx.store.docs.currentSummary(id);
    const meta = answersFromStore(stored) ? stored.meta : ctx.rooms.use(id, (room) => readMeta(room.doc));
    return {
      id,
      title: meta.title,
      territory: meta.territory,
      territoryType: meta.territoryType,
      programme: meta.programme,
      phase: meta.phase,
      status: meta.status,
      role: link.role,
      linkLabel: link.label,
      expiresAt: link.expiresAt,
      workshopId: link.workshopId,
    };
  });

  app.delete<{ Params: ConceptParams }>('/api/concepts/:id', async (request, reply) => {
    const { id } = request.params;
    requireLink(ctx, request, id, ['owner']);
    ctx.rooms.drop(id);
    ctx.store.concepts.delete(id);
    request.log.info({ event: 'concept-deleted', concept: id }, 'concept deleted');
    reply.status(204);
  });
}
