import {
  addVersion,
  conceptJsonSchema,
  createId,
  markVersionAdopted,
  readVersions,
  toJSON,
} from '@werkbank/concept';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readerRoles } from '../auth/readerRoles.ts';
import { requireLink } from '../auth/requireLink.ts';
import { conceptJsonFor } from '../concepts/conceptJsonFor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseBody } from '../http/parseBody.ts';
import type { ServerContext } from '../ServerContext.ts';

// The request bodies reuse the Concept JSON schema's own fields for versions and resolutions.
const versionShape = conceptJsonSchema.shape.versions._zod.def.element.shape;
const createVersionSchema = z.strictObject({
  name: versionShape.name.check(z.trim(), z.minLength(1, 'Bitte einen Namen angeben')),
});
const adoptSchema = z.strictObject(versionShape.resolution._zod.def.innerType.shape);

interface VersionParams {
  id: string;
  versionId: string;
}

/** Saved versions (Fassungen): owners freeze and adopt them, every reader lists and reads them. */
export function versionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Params: { id: string } }>('/api/concepts/:id/versions', async (request, reply) => {
    const { id } = request.params;
    requireLink(ctx, request, id, ['owner']);
    const { name } = parseBody(createVersionSchema, request.body);
    const version = ctx.rooms.use(id, (room) => {
      const versionId = createId();
      const createdAt = new Date().toISOString();
      // Frozen first: a crash in between leaves an unused snapshot, never a version without one.
      ctx.store.versions.freeze(id, versionId, name, createdAt, toJSON(room.doc));
      addVersion(room.doc, { name, createdAt }, versionId);
      return readVersions(room.doc).find((v) => v.id === versionId);
    });
    request.log.info({ event: 'version-created', concept: id, version: version?.id }, 'version frozen');
    reply.status(201);
    return version;
  });

  app.get<{ Params: { id: string } }>('/api/concepts/:id/versions', async (request) => {
    requireLink(ctx, request, request.params.id, readerRoles);
    return ctx.rooms.use(request.params.id, (room) => readVersions(room.doc));
  });

  app.get<{ Params: VersionParams }>('/api/concepts/:id/versions/:versionId', async (request) => {
    requireLink(ctx, request, request.params.id, readerRoles);
    return conceptJsonFor(ctx, request.params.id, request.params.versionId);
  });

  app.post<{ Params: VersionParams }>('/api/concepts/:id/versions/:versionId/adopt', async (request) => {
    const { id, versionId } = request.params;
    requireLink(ctx, request, id, ['owner']);
    const resolution = parseBody(adoptSchema, request.body);
    return ctx.rooms.use(id, (room) => {
      if (!readVersions(room.doc).some((v) => v.id === versionId))
        throw new HttpError(404, 'version-not-found');
      markVersionAdopted(room.doc, versionId, resolution);
      return readVersions(room.doc).find((v) => v.id === versionId);
    });
  });
}
