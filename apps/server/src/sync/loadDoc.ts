import type { FastifyBaseLogger } from 'fastify';
import * as Y from 'yjs';
import type { StoredDoc } from '../store/DocStore.ts';

/**
 * Builds the Y.Doc from its snapshot's pieces and the updates after it. A stored update (or piece) Yjs cannot
 * apply is logged and skipped; `unreadable` counts them.
 */
export function loadDoc(stored: StoredDoc, log: FastifyBaseLogger): { doc: Y.Doc; unreadable: number } {
  const doc = new Y.Doc();
  let unreadable = 0;
  doc.transact(() => {
    for (const update of [...stored.snapshot, ...stored.updates]) {
      try {
        Y.applyUpdate(doc, update);
      } catch (error) {
        unreadable++;
        log.error({ event: 'doc-load-skip', err: error, bytes: update.length }, 'skipped a stored update');
      }
    }
  });
  return { doc, unreadable };
}
