import type { ServerContext } from '../ServerContext.ts';
import type { ConceptBackup } from './backupSchema.ts';
import { conceptJsonFor } from './conceptJsonFor.ts';

/**
 * The live concept with the frozen snapshot of every version it lists that this server holds.
 * Check the caller's role first (requireLink); this only reads.
 */
export function backupFor(ctx: ServerContext, conceptId: string, now: Date): ConceptBackup {
  const concept = conceptJsonFor(ctx, conceptId);
  // fromEntries, not assignment: a version id is a key here, and any string is a valid id.
  const versions = Object.fromEntries(
    concept.versions.flatMap(({ id }) => {
      const frozen = ctx.store.versions.get(conceptId, id);
      return frozen ? [[id, frozen]] : [];
    }),
  );
  return { format: 'werkbank-backup', formatVersion: 1, exportedAt: now.toISOString(), concept, versions };
}
