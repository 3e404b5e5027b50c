import type { Store } from '../src/store/Store.ts';

/**
 * Makes `update` alone the concept's stored state, written as servers before snapshots in pieces wrote it: one Yjs
 * update, no summary, no updates after it.
 */
export function storeOldSnapshot(store: Store, conceptId: string, update: Uint8Array): void {
  store.db.transaction(() => {
    store.db
      .prepare(
        `INSERT INTO doc_snapshots (concept_id, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(concept_id) DO UPDATE SET data = excluded.data, pieces = 0, summary = NULL,
           updated_at = excluded.updated_at`,
      )
      .run(conceptId, update, '2026-01-01T00:00:00.000Z');
    store.db.prepare('DELETE FROM doc_updates WHERE concept_id = ?').run(conceptId);
  })();
}
