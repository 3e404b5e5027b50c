import type { Migration } from './Migration.ts';

/**
 * Version 4: deleted goals, measures, fields of action, actors and chapters stay in their collection for 30
 * days, marked with `deletedAt`, `deletedBy` and `trashId` (the Papierkorb). Nothing stored before changes:
 * an entity without `deletedAt` is live. The version exists so that a client built before the bin, which
 * would show a trashed entity as live and let people edit it, reads the document as newer and stops writing.
 */
export const recycleBin: Migration = {
  version: 4,
  name: 'recycle-bin',
  migrate() {},
};
