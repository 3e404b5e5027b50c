import type * as Y from 'yjs';

/** Client ids below this are never picked by Yjs in practice (it picks from 2^32), so they lose every conflict. */
const YIELDING_IDS = 2 ** 20;

/**
 * Runs `fn` in one transaction written under a low, random client id. Yjs resolves concurrent writes to one map
 * key in favour of the higher client id, so a value a person set offline wins over a default a migration wrote
 * at the same time, whichever arrives first.
 */
export function transactYielding(doc: Y.Doc, fn: () => void, origin: unknown): void {
  const own = doc.clientID;
  doc.clientID = 1 + Math.floor(Math.random() * (YIELDING_IDS - 1));
  try {
    doc.transact(fn, origin);
  } finally {
    doc.clientID = own;
  }
}
