import type * as Y from 'yjs';
import type { StoredSnapshot } from '../store/StoredSnapshot.ts';
import type { SyncOptions } from './SyncOptions.ts';
import { snapshotOf } from './snapshotOf.ts';

type Timings = Pick<SyncOptions, 'compactDelayMs' | 'compactMaxWaitMs' | 'compactAfterUpdates'>;

/** Where a loaded doc's log stands: the last stored sequence number, rows not yet compacted, estimated size. */
interface LogState {
  lastSeq: number;
  pending: number;
  bytes: number;
}

/**
 * Compacts a doc's update log into one snapshot: after a quiet `compactDelayMs`, at most `compactMaxWaitMs`
 * after the first waiting update, or soon once `compactAfterUpdates` are waiting.
 */
export class SnapshotScheduler {
  readonly #doc: Y.Doc;
  readonly #write: (snapshot: StoredSnapshot, uptoSeq: number) => void;
  readonly #timings: Timings;
  readonly #onError: (error: unknown) => void;
  #lastSeq: number;
  #pending: number;
  #bytes: number;
  #firstPendingAt = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    doc: Y.Doc,
    write: (snapshot: StoredSnapshot, uptoSeq: number) => void,
    state: Timings & LogState,
    onError: (error: unknown) => void,
  ) {
    this.#doc = doc;
    this.#write = write;
    this.#onError = onError;
    this.#timings = state;
    this.#lastSeq = state.lastSeq;
    this.#pending = state.pending;
    this.#bytes = state.bytes;
    if (this.#pending > 0) this.#schedule();
  }

  /** Estimated size of the doc's state: the last snapshot plus every change since. */
  get bytes(): number {
    return this.#bytes;
  }

  /** `count` updates were appended to the log, the last as row `seq`. */
  stored(seq: number, count = 1): void {
    this.#lastSeq = seq;
    this.#pending += count;
    this.#schedule();
  }

  /** The stored snapshot is to be written again (in the current form), though no update waits. */
  rewrite(): void {
    this.#pending = Math.max(this.#pending, 1);
    this.#schedule();
  }

  /** The doc changed by an update of `length` bytes. */
  grew(length: number): void {
    this.#bytes += length;
  }

  /** Writes the snapshot now and deletes the rows it contains. */
  compact(): void {
    this.#clear();
    if (this.#pending === 0) return;
    const snapshot = snapshotOf(this.#doc);
    this.#write(snapshot, this.#lastSeq);
    this.#pending = 0;
    this.#bytes = snapshot.pieces.reduce((sum, piece) => sum + piece.length, 0);
  }

  stop(): void {
    this.#clear();
  }

  #schedule(): void {
    const now = Date.now();
    if (this.#firstPendingAt === 0) this.#firstPendingAt = now;
    const { compactDelayMs, compactMaxWaitMs, compactAfterUpdates } = this.#timings;
    const delay =
      this.#pending >= compactAfterUpdates
        ? 0
        : Math.min(compactDelayMs, this.#firstPendingAt + compactMaxWaitMs - now);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        try {
          this.compact();
        } catch (error) {
          // The log rows stay; the next attempt or the next load picks them up.
          this.#onError(error);
        }
      },
      Math.max(0, delay),
    );
    this.#timer.unref();
  }

  #clear(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#firstPendingAt = 0;
  }
}
