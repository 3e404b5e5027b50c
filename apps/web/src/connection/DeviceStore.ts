import * as idb from 'lib0/indexeddb';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { whenIdle } from '../whenIdle.ts';
import { storeInPieces } from './trackDeviceWrites.ts';

/**
 * Stored updates applied in one task at most, in bytes: about one piece of the server's copy (a 300-measure concept
 * comes as 13 of some 55 kB, see firstCopy.ts), or many small edits together.
 */
const BYTES_PER_TASK = 64 * 1024;

/**
 * y-indexeddb's store of a concept on this device (same database, same rows), which loads what it holds a few rows
 * a task instead of all in one: y-indexeddb applies every stored update in one transaction, for 300 measures a task
 * of 0.3–0.45 s before the concept shows. `synced` (and `whenSynced`) come once all are applied. Writing is
 * y-indexeddb's (and `trackDeviceWrites`'s).
 */
export class DeviceStore extends IndexeddbPersistence {
  #loading = true;
  readonly #nextTask: () => Promise<void>;

  constructor(name: string, doc: Y.Doc, nextTask: () => Promise<void>) {
    super(name, doc);
    this.#nextTask = nextTask;
    // y-indexeddb's own load, once the database is open, reads the rows from `_dbref` on: here none. It sets
    // `_dbref` and `_dbsize` from the database afterwards, and emits `synced` (held back below).
    this._dbref = Number.MAX_SAFE_INTEGER;
  }

  override emit(name: string, args: unknown[]): void {
    if (name === 'synced' && this.#loading) {
      this.#load().then(
        () => this.#synced(args),
        () => this.#synced(args), // the database failed: what was applied shows, the socket brings the rest
      );
      return;
    }
    super.emit(name, args);
  }

  #synced(args: unknown[]): void {
    this.#loading = false;
    if (!this._destroyed) this.emit('synced', args);
  }

  async #load(): Promise<void> {
    const db = this.db;
    if (!db) return;
    const rows = (await idb.getAll(
      db.transaction(['updates'], 'readonly').objectStore('updates'),
    )) as Uint8Array[];
    // A copy kept as one large row (by an earlier version of the app, or y-indexeddb's merge) loads in one long
    // task: once loaded it is stored again in pieces, when the page is idle, so the next opening loads it in several.
    if (rows.some((row) => row.byteLength > 2 * BYTES_PER_TASK))
      void this.whenSynced.then(() =>
        whenIdle(
          () => {
            if (!this._destroyed) storeInPieces(this, true).catch(() => {}); // it stays one row, and loads as before
          },
          5000,
          2000,
        ),
      );
    let next = 0;
    while (next < rows.length && !this._destroyed) {
      if (next > 0) await this.#nextTask();
      if (this._destroyed) return;
      let bytes = 0;
      const from = next;
      while (
        next < rows.length &&
        (next === from || bytes + (rows[next]?.byteLength ?? 0) <= BYTES_PER_TASK)
      ) {
        bytes += rows[next]?.byteLength ?? 0;
        next++;
      }
      Y.transact(
        this.doc,
        () => {
          for (const row of rows.slice(from, next)) {
            try {
              Y.applyUpdate(this.doc, row);
            } catch {
              // A row Yjs cannot read: the rows after it still count (the next merge keeps only what was read).
            }
          }
        },
        this,
        false,
      );
    }
  }
}
