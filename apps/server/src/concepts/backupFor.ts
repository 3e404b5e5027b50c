import { ConceptError, type ConceptJSON, parseConceptJSON } from '@werkbank/concept';
import type { FastifyBaseLogger } from 'fastify';
import type { ServerContext } from '../ServerContext.ts';
import type { ConceptBackup } from './backupSchema.ts';
import { conceptJsonFor } from './conceptJsonFor.ts';

/** The path at which `json` fails the import's check, or null when it imports. */
function importFailure(json: ConceptJSON): string | null {
  try {
    parseConceptJSON(json);
    return null;
  } catch (error) {
    if (error instanceof ConceptError) return error.path;
    throw error;
  }
}

/**
 * The live concept with the frozen snapshot of every version it lists that this server holds. Everything in it
 * is checked as the import will check it: a snapshot that would not import (frozen by an older build from a
 * spoiled concept) is left out, so the backup still restores, and each case is logged.
 * Check the caller's role first (requireLink); this only reads.
 */
export function backupFor(
  ctx: ServerContext,
  conceptId: string,
  now: Date,
  log?: FastifyBaseLogger,
): ConceptBackup {
  const concept = conceptJsonFor(ctx, conceptId, undefined, log);
  const failure = importFailure(concept);
  if (failure !== null)
    log?.error(
      { event: 'backup-not-restorable', concept: conceptId, path: failure },
      'backup would not import',
    );
  // fromEntries, not assignment: a version id is a key here, and any string is a valid id.
  const versions = Object.fromEntries(
    concept.versions.flatMap(({ id }) => {
      const frozen = ctx.store.versions.get(conceptId, id);
      if (!frozen) return [];
      const path = importFailure(frozen);
      if (path === null) return [[id, frozen]];
      log?.warn(
        { event: 'backup-snapshot-left-out', concept: conceptId, version: id, path },
        'frozen snapshot would not import and is left out of the backup',
      );
      return [];
    }),
  );
  return { format: 'werkbank-backup', formatVersion: 1, exportedAt: now.toISOString(), concept, versions };
}
