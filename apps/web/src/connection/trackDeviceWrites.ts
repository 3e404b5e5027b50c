import { encodeStatePieces } from '@werkbank/concept';
import * as idb from 'lib0/indexeddb';
import { fetchUpdates, type IndexeddbPersistence, PREFERRED_TRIM_SIZE } from 'y-indexeddb';
import * as Y from 'yjs';

const UPDATES_STORE = 'updates';
/** How long the status keeps saying "saving on this device" after the last commit, so it does not blink per keystroke. */
const SETTLE_MS = 400;

/** Whether every local change is committed to this device's IndexedDB. */
export interface DeviceWriteTracker {
  /** Some local change is not committed yet. */
  readonly pending: boolean;
  /** Pending, or committed less than SETTLE_MS ago: what the status line goes by. */
  readonly settling: boolean;
  /** A write failed: the device's copy lacks changes until a later write of the whole document succeeds. */
  readonly failed: boolean;
  destroy(): void;
}

/**
 * Takes over y-indexeddb's per-update write. Each update is still added in its own transaction in the same
 * tick, but the transaction is committed at once (`commit()`) instead of left to auto-commit, which happens
 * only after the add's success event has come back to the page: Chromium aborts a transaction that has not
 * committed when the page unloads, and a reload right after typing lost the last keystrokes that way. Local
 * updates are counted until their transaction completes; after a failed write the next one stores the whole
 * document.
 */
export function trackDeviceWrites(
  persistence: IndexeddbPersistence,
  isLocal: (origin: unknown) => boolean,
  onChange: () => void,
): DeviceWriteTracker {
  const doc = persistence.doc;
  let inFlight = 0;
  let failed = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  function finish(local: boolean, whole: boolean, ok: boolean): void {
    if (!ok) failed = true;
    else if (whole) failed = false;
    if (local) inFlight--;
    if (destroyed) return;
    if (local && inFlight === 0) {
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = undefined;
        onChange();
      }, SETTLE_MS);
    }
    onChange();
  }

  function write(db: IDBDatabase, update: Uint8Array, local: boolean): void {
    const whole = failed;
    try {
      const transaction = db.transaction([UPDATES_STORE], 'readwrite');
      transaction.objectStore(UPDATES_STORE).add(whole ? Y.encodeStateAsUpdate(doc) : update);
      transaction.oncomplete = () => finish(local, whole, true);
      transaction.onabort = () => finish(local, whole, false);
      // Missing before Safari 15; the transaction then auto-commits as before.
      transaction.commit?.();
    } catch {
      finish(local, whole, false);
      return;
    }
    trimLater();
  }

  // What y-indexeddb does after each write: merge the updates once there are many of them (`storeInPieces`).
  function trimLater(): void {
    if (++persistence._dbsize < PREFERRED_TRIM_SIZE) return;
    if (persistence._storeTimeoutId !== null) clearTimeout(persistence._storeTimeoutId);
    persistence._storeTimeoutId = setTimeout(() => {
      void storeInPieces(persistence).catch(() => {}); // the rows stay: the next write tries again
      persistence._storeTimeoutId = null;
    }, persistence._storeTimeout);
  }

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return;
    const local = isLocal(origin);
    if (local) inFlight++;
    const db = persistence.db;
    if (db) write(db, update, local);
    else {
      persistence._db.then(
        (opened) => (persistence._destroyed ? finish(local, false, true) : write(opened, update, local)),
        () => finish(local, false, false),
      );
    }
    if (local) onChange();
  };

  doc.off('update', persistence._storeUpdate);
  // Stored where y-indexeddb keeps its own handler, so that `persistence.destroy()` removes this one.
  persistence._storeUpdate = onUpdate;
  doc.on('update', onUpdate);

  return {
    get pending() {
      return inFlight > 0;
    },
    get settling() {
      return inFlight > 0 || settleTimer !== undefined;
    },
    get failed() {
      return failed;
    },
    destroy() {
      destroyed = true;
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      settleTimer = undefined;
      doc.off('update', onUpdate);
    },
  };
}

/**
 * y-indexeddb's `storeState(persistence, false)` (with `always`, `storeState(persistence)`), in pieces: reads what
 * other tabs stored meanwhile, then replaces every row with the document cut into a few updates
 * (`encodeStatePieces`, as the server sends a first visit) instead of one. `DeviceStore` loads a row a task; one row of a whole large concept would be one long task again.
 */
export async function storeInPieces(persistence: IndexeddbPersistence, always = false): Promise<void> {
  // Not while `DeviceStore` still applies the rows it read: it would delete rows not yet in the document.
  await persistence.whenSynced;
  if (persistence._destroyed) return;
  const updates = await fetchUpdates(persistence);
  if (!always && persistence._dbsize < PREFERRED_TRIM_SIZE) return;
  // All in the one transaction, as y-indexeddb does: the rows below `_dbref` (those read before the pieces were
  // added) go only with the pieces stored. lib0 types the value as an ArrayBuffer; a Uint8Array is stored the same.
  await Promise.all([
    ...encodeStatePieces(persistence.doc).map((piece) =>
      idb.addAutoKey(updates, piece as unknown as ArrayBuffer),
    ),
    idb.del(updates, idb.createIDBKeyRangeUpperBound(persistence._dbref, true)),
  ]);
  persistence._dbsize = await idb.count(updates);
}
