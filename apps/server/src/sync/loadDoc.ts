import type { FastifyBaseLogger } from 'fastify';
import * as Y from 'yjs';
import type { StoredDoc } from '../store/DocStore.ts';

/**
 * Builds the Y.Doc from its snapshot's pieces and the updates after it. A stored update (or piece) Yjs cannot
 * apply is logged and skipped.
 */
export function loadDoc(stored: StoredDoc, log: FastifyBaseLogger): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of [...stored.snapshot, ...stored.updates]) {
      try {
        Y.applyUpdate(doc, update);
      } catch (error) {
        log.error({ event: 'doc-load-skip', err: error, bytes: update.length }, 'skipped a stored update');
      }
    }
  });
  return doc;
}
