import { type ConceptJSON, readVersions, toJSON } from '@werkbank/concept';
import type { FastifyBaseLogger } from 'fastify';
import { HttpError } from '../http/HttpError.ts';
import type { ServerContext } from '../ServerContext.ts';
import { logRepairs } from './logRepairs.ts';

/**
 * The Concept JSON of the live concept, or of a saved version's frozen snapshot when `versionId` is given.
 * Stored values that did not fit (written past the verbs by a raw client or an older build) come repaired,
 * and `log` gets a warning naming their paths.
 * Check the caller's role first (requireLink); this only reads.
 */
export function conceptJsonFor(
  ctx: ServerContext,
  conceptId: string,
  versionId?: string,
  log?: FastifyBaseLogger,
): ConceptJSON {
  if (versionId === undefined) {
    const repaired: string[] = [];
    const json = ctx.rooms.use(conceptId, (room) =>
      toJSON(room.doc, { onRepair: (path) => repaired.push(path) }),
    );
    if (log) logRepairs(log, conceptId, repaired);
    return json;
  }
  const frozen = ctx.store.versions.get(conceptId, versionId);
  if (frozen) return frozen;
  const known = ctx.rooms.use(conceptId, (room) => readVersions(room.doc).some((v) => v.id === versionId));
  throw new HttpError(404, known ? 'snapshot-missing' : 'version-not-found');
}
