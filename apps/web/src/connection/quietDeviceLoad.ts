import type * as Y from 'yjs';
import { holdUpdateListeners } from './applyFirstCopy.ts';

/**
 * Spares Yjs writing out again what the device's store (`persistence`, y-indexeddb) loads into `doc` while the
 * socket is not connected (`connected()` false), as on every opening before the socket connects. Yjs encodes each
 * transaction for the doc's `update` listeners, which for the load is the whole concept (≈ 0.1 s for 300 measures,
 * in the task that applies it), and none of them needs it: y-indexeddb and the device-write tracker skip what came
 * from the store, the save tracker counts only local edits, and the socket, not yet connected, asks the server for
 * what it lacks when it connects. With the socket connected, the load's update goes out as usual, and so does the
 * update of any other transaction (an observer that writes while the load is applied puts the listeners back).
 * Returns a function that stops it.
 */
export function quietDeviceLoad(doc: Y.Doc, persistence: unknown, connected: () => boolean): () => void {
  let putBack: (() => unknown) | undefined;
  const restore = () => {
    putBack?.();
    putBack = undefined;
  };
  const before = (transaction: Y.Transaction) => {
    if (transaction.origin !== persistence) restore();
    else if (!putBack && !connected()) putBack = holdUpdateListeners(doc);
  };
  doc.on('beforeTransaction', before);
  // Yjs emits `update` after `afterTransactionCleanup`; this comes once every update of the run is out.
  doc.on('afterAllTransactions', restore);
  return () => {
    restore();
    doc.off('beforeTransaction', before);
    doc.off('afterAllTransactions', restore);
  };
}
