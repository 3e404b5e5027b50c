import { readVersions } from '@werkbank/concept';
import {
  DOCX_MIME_TYPE,
  defaultExportOptions,
  type ExportParts,
  type ExportVersion,
} from '@werkbank/export-docx';
import type { FastifyInstance } from 'fastify';
import * as Y from 'yjs';
import { z } from 'zod';
import { readerRoles } from '../auth/readerRoles.ts';
import { requireLink } from '../auth/requireLink.ts';
import { conceptJsonFor } from '../concepts/conceptJsonFor.ts';
import { logRepairs } from '../concepts/logRepairs.ts';
import { attachment } from '../http/attachment.ts';
import { parseQuery } from '../http/parseQuery.ts';
import { retryLater } from '../http/retryLater.ts';
import type { ServerContext } from '../ServerContext.ts';
import { RateLimit } from '../workshops/RateLimit.ts';
import { takeForLink } from '../workshops/rateLimited.ts';

const partNames = Object.keys(defaultExportOptions.parts) as [keyof ExportParts, ...(keyof ExportParts)[]];

const exportQuerySchema = z
  .object({
    version: z.string().min(1).max(100).optional(),
    parts: z
      .string()
      .transform((list) => list.split(',').map((part) => part.trim()))
      .pipe(z.array(z.enum(partNames)).min(1))
      .optional(),
    emptyChapters: z.enum(['omit', 'mark']).optional(),
    // The API also takes the token from the query (see tokenFromRequest).
    token: z.string().optional(),
  })
  .strict();

/** GET /api/concepts/:id/export.docx: the Word document of the live concept or of a saved version. */
export function exportRoutes(app: FastifyInstance, ctx: ServerContext, perMinute: number): void {
  const perLink = new RateLimit(perMinute);
  app.get<{ Params: { id: string } }>('/api/concepts/:id/export.docx', async (request, reply) => {
    const started = performance.now();
    const { id } = request.params;
    const link = requireLink(ctx, request, id, readerRoles);
    takeForLink(perLink, link.id, request, reply, 'exports-rate-limited');
    const query = parseQuery(exportQuerySchema, request.query);
    // The live concept is read into Concept JSON in the worker too: for 300 measures that is 50–100 ms.
    const source = query.version
      ? { concept: conceptJsonFor(ctx, id, query.version) }
      : { update: ctx.rooms.use(id, (room) => Y.encodeStateAsUpdate(room.doc)) };
    const version = query.version ? versionOnTitlePage(ctx, id, query.version) : null;
    const parts = query.parts ? selectedParts(query.parts) : defaultExportOptions.parts;
    const now = new Date();
    const { bytes, fileName, repaired } = await ctx.work
      .exportDocx(source, {
        parts,
        emptyChapters: query.emptyChapters ?? defaultExportOptions.emptyChapters,
        version,
        now,
      })
      .catch(retryLater(reply));
    logRepairs(request.log, id, repaired);
    request.log.info(
      {
        event: 'concept-exported',
        concept: id,
        version: query.version ?? null,
        parts: Object.values(parts).filter(Boolean).length,
        bytes: bytes.byteLength,
        ms: Math.round(performance.now() - started),
      },
      'concept exported',
    );
    reply.type(DOCX_MIME_TYPE).header('Content-Disposition', attachment(fileName));
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
}

// The adopted mark and the resolution live in the live document; the frozen snapshot predates them.
function versionOnTitlePage(ctx: ServerContext, conceptId: string, versionId: string): ExportVersion | null {
  const found = ctx.rooms.use(conceptId, (room) => readVersions(room.doc).find((v) => v.id === versionId));
  if (!found) return null;
  return {
    name: found.name,
    createdAt: found.createdAt,
    adopted: found.adopted,
    resolution: found.resolution,
  };
}

function selectedParts(names: readonly (keyof ExportParts)[]): ExportParts {
  return Object.fromEntries(partNames.map((name) => [name, names.includes(name)])) as unknown as ExportParts;
}
