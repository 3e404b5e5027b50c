import type { ConceptJSON } from '@werkbank/concept';
import { z } from 'zod';

/** A concept with the frozen snapshots of its versions, as `GET /api/concepts/:id/backup` answers it. */
export interface ConceptBackup {
  format: 'werkbank-backup';
  formatVersion: 1;
  exportedAt: string;
  concept: ConceptJSON;
  /** Frozen Concept JSON by version id; versions without a snapshot on the server are absent. */
  versions: Record<string, ConceptJSON>;
}

/**
 * The backup's envelope. The concept and each snapshot are Concept JSON, checked afterwards by the domain's
 * own parser so their errors carry the domain's codes and paths.
 */
export const backupSchema = z.strictObject({
  format: z.literal('werkbank-backup'),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  concept: z.unknown(),
  versions: z.record(z.string().min(1).max(64), z.unknown()),
});
