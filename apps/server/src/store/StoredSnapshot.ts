import type { ConceptMeta } from '@werkbank/concept';

/** What the concept summary shows of the concept's meta. */
export type SummaryMeta = Pick<
  ConceptMeta,
  'title' | 'territory' | 'territoryType' | 'programme' | 'phase' | 'status'
>;

/** What a snapshot holds beside the state: enough to answer a summary without loading the concept. */
export interface SnapshotSummary {
  /** The document schema version of the snapshot's doc. */
  schemaVersion: number;
  meta: SummaryMeta;
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
