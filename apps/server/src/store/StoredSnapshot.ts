import type { ConceptMeta } from '@werkbank/concept';

/** The fields of the concept's meta that the concept summary shows. */
export const SUMMARY_META_FIELDS = [
  'title',
  'territory',
  'territoryType',
  'programme',
  'phase',
  'status',
] as const;

/** What the concept summary shows of the concept's meta. */
export type SummaryMeta = Pick<ConceptMeta, (typeof SUMMARY_META_FIELDS)[number]>;

/**
 * The layout of `SnapshotSummary` this server writes; a summary of another (an older server's, read with other
 * rules) counts as none, so the concept is loaded and its summary written anew.
 */
export const SUMMARY_FORMAT = 1;

/** What a snapshot holds beside the state: enough to answer a summary without loading the concept. */
export interface SnapshotSummary {
  format: typeof SUMMARY_FORMAT;
  /** The document schema version of the snapshot's doc. */
  schemaVersion: number;
  meta: SummaryMeta;
  /**
   * When the first element in the snapshot's Papierkorb is due to go for good (ISO date-time), null when it is
   * empty: from then on the stored state still holds it, and only loading the concept removes it.
   */
  trashPurgeAt: string | null;
}

/**
 * A concept's state as `DocStore.compact` stores it: in pieces (`encodeStatePieces`), so the state can go to a
 * browser as it is stored, and with its summary. Snapshots written before these existed are one Yjs update
 * without a summary; `DocStore.load` gives them as one piece and `summary: null`.
 */
export interface StoredSnapshot {
  pieces: Uint8Array[];
  summary: SnapshotSummary;
}
