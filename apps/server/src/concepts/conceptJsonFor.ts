import { type ConceptJSON, readVersions, toJSON } from '@werkbank/concept';
import { HttpError } from '../http/HttpError.ts';
import type { ServerContext } from '../ServerContext.ts';

/**
 * The Concept JSON of the live concept, or of a saved version's frozen snapshot when `versionId` is given.
 * Check the caller's role first (requireLink); this only reads.
 */
export function conceptJsonFor(ctx: ServerContext, conceptId: string, versionId?: string): ConceptJSON {
  if (versionId === undefined) return ctx.rooms.use(conceptId, (room) => toJSON(room.doc));
  const frozen = ctx.store.versions.get(conceptId, versionId);
  if (frozen) return frozen;
  const known = ctx.rooms.use(conceptId, (room) => readVersions(room.doc).some((v) => v.id === versionId));
  throw new HttpError(404, known ? 'snapshot-missing' : 'version-not-found');
}
