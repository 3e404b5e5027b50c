import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

type SyncHandler = WebsocketProvider['messageHandlers'][number];
type UpdateListener = (update: Uint8Array, origin: unknown, doc: Y.Doc) => void;

/**
 * Applies `update` (a whole concept from the server) without Yjs encoding it again for the doc's `update`
 * listeners: they get `update` itself, which holds the same content. With listeners, Yjs writes every struct it
 * just read back out once more, about a quarter of the time applying a large concept takes, in the same long
 * task. `apply` applies it (by default `Y.applyUpdate` with `origin`).
 */
export function applyAsReceived(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  apply: () => void = () => Y.applyUpdate(doc, update, origin),
): void {
  // Updates held back for missing parts would be integrated along and not be in `update`: the usual way then.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    apply();
    return;
  }
  const putBack = holdUpdateListeners(doc);
  const writes = watchOtherWrites(doc, origin);
  let listeners: UpdateListener[] = [];
  try {
    writes.own(apply);
  } finally {
    writes.stop();
    listeners = putBack();
  }
  if (doc.store.clients.size === 0) return; // nothing was applied (an empty concept)
  // Another transaction wrote meanwhile (an observer): the listeners missed its update, so they get the whole
  // document, which holds both.
  const heard = writes.others > 0 ? Y.encodeStateAsUpdate(doc) : update;
  for (const listener of listeners) listener(heard, origin, doc);
}

/**
 * Applies `pieces` (the server's copy cut into updates, see firstCopy.ts) one a task (`nextTask` between two),
 * without the doc's `update` listeners, so that nothing stores or encodes anything while the concept comes in.
 * Stops before a piece when `stop()` says so, and at a piece Yjs cannot read. Returns a function that hands the
 * listeners held what was applied (to call once the page is idle): the pieces themselves, which IndexedDB stores
 * as rows of their own, or null when no piece was applied. A single piece goes the way of `applyAsReceived` at once.
 */
export async function applyPieces(
  doc: Y.Doc,
  pieces: readonly Uint8Array[],
  origin: unknown,
  { stop, nextTask }: { stop: () => boolean; nextTask: () => Promise<void> },
): Promise<(() => void) | null> {
  if (pieces.length === 1) {
    if (stop()) return null;
    applyAsReceived(doc, pieces[0] as Uint8Array, origin);
    return null;
  }
  const putBack = holdUpdateListeners(doc);
  const writes = watchOtherWrites(doc, origin);
  let applied = 0;
  try {
    for (const piece of pieces) {
      if (applied > 0) await nextTask();
      if (stop()) break;
      writes.own(() => Y.applyUpdate(doc, piece, origin));
      applied++;
    }
  } catch {
    // Not a Yjs update after all: what was applied stays, the socket brings the rest.
  } finally {
    writes.stop();
  }
  const listeners = putBack();
  if (applied === 0) return null;
  // Only the pieces' own transactions wrote: the listeners get the pieces as they came, and the device stores them
  // as rows of their own, which `DeviceStore` loads one a task, without Yjs writing the concept out again (a task
  // of 0.15–0.25 s for 300 measures). Had anything else written meanwhile (an observer, or the socket between two
  // pieces, with the pieces' origin), its update is not in them: then the whole document, which holds all.
  const updates = writes.others === 0 ? pieces.slice(0, applied) : null;
  return () => {
    for (const update of updates ?? [Y.encodeStateAsUpdate(doc)])
      for (const listener of listeners) listener(update, origin, doc);
  };
}

/**
 * Counts the transactions on `doc` that write something, except those `own` runs with `origin` (an observer that
 * writes while one of those is cleaned up has an origin of its own and counts), until `stop()`.
 */
function watchOtherWrites(
  doc: Y.Doc,
  origin: unknown,
): { own: (apply: () => void) => void; readonly others: number; stop: () => void } {
  let ours = false;
  let others = 0;
  const count = (transaction: Y.Transaction) => {
    if (!(ours && transaction.origin === origin) && changedAnything(transaction)) others++;
  };
  doc.on('afterTransaction', count);
  return {
    own(apply) {
      ours = true;
      try {
        apply();
      } finally {
        ours = false;
      }
    },
    get others() {
      return others;
    },
    stop: () => doc.off('afterTransaction', count),
  };
}

/** Whether `transaction` added or deleted anything: when Yjs emits an update for it. */
function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  if (transaction.afterState.size !== transaction.beforeState.size) return true;
  for (const [client, clock] of transaction.afterState)
    if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

/**
 * Takes the doc's `update` listeners away: Yjs encodes a transaction's update only when `update` has listeners.
 * The returned function puts them back, with any added meanwhile, and returns them.
 */
export function holdUpdateListeners(doc: Y.Doc): () => UpdateListener[] {
  // lib0's Observable keeps its listeners here.
  const observers = (doc as unknown as { _observers: Map<string, Set<UpdateListener>> })._observers;
  const held = observers.get('update');
  observers.delete('update');
  return () => {
    const added = observers.get('update');
    if (held) {
      for (const listener of added ?? []) held.add(listener);
      observers.set('update', held);
    }
    return [...(observers.get('update') ?? [])];
  };
}

/**
 * Applies the server's first copy of a concept (the answer to the first sync step 1 while this device holds
 * nothing of it) with `applyAsReceived`. Every other message goes to `handler` as before. Returns the handler to
 * put in the provider's place.
 */
export function applyFirstCopy(doc: Y.Doc, provider: WebsocketProvider, handler: SyncHandler): SyncHandler {
  return (encoder, decoder, p, emitSynced, type) => {
    const isStep2 = decoder.arr[decoder.pos] === syncProtocol.messageYjsSyncStep2;
    if (!isStep2 || doc.store.clients.size > 0) {
      handler(encoder, decoder, p, emitSynced, type);
      return;
    }
    const message = decoding.clone(decoder);
    decoding.readVarUint(message);
    const update = decoding.readVarUint8Array(message);
    applyAsReceived(doc, update, provider, () => handler(encoder, decoder, p, emitSynced, type));
  };
}
