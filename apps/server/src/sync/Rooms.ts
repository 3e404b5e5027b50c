import type { FastifyBaseLogger } from 'fastify';
import type { Metrics } from '../metrics/Metrics.ts';
import type { DocStore } from '../store/DocStore.ts';
import { CloseCode } from './CloseCode.ts';
import type { Connection } from './Connection.ts';
import { collectGarbage } from './collectGarbage.ts';
import { Room } from './Room.ts';
import type { SyncOptions } from './SyncOptions.ts';

/** How long after the last concept unloaded memory is collected (see `#collectWhenIdle`). */
const COLLECT_DELAY_MS = 2000;

/** Why a hold ended without being released. */
export type HoldEnd = 'concept-deleted' | 'server-shutdown';

/** A concept kept in memory for someone without a socket (a workshop event stream). */
export interface RoomHold {
  room: Room;
  release(): void;
}

/**
 * The concepts held in memory. A concept is loaded by its first socket or HTTP read, in one synchronous
 * step, so no frame is ever answered from a half-loaded doc; it is unloaded `unloadDelayMs` after it was
 * last used (no socket, no hold), with a final snapshot.
 */
export class Rooms {
  readonly #rooms = new Map<string, Room>();
  readonly #unloadTimers = new Map<string, NodeJS.Timeout>();
  readonly #holds = new Map<string, Set<(reason: HoldEnd) => void>>();
  readonly #docs: DocStore;
  readonly #options: SyncOptions;
  readonly #log: FastifyBaseLogger;
  readonly #metrics: Metrics;
  readonly #collectGarbage: () => boolean;
  #idleCollections = 0;
  #closing = false;
  #collectTimer: NodeJS.Timeout | undefined;

  constructor(
    docs: DocStore,
    options: SyncOptions,
    log: FastifyBaseLogger,
    metrics: Metrics,
    { collect = collectGarbage }: { collect?: () => boolean } = {},
  ) {
    this.#docs = docs;
    this.#options = options;
    this.#log = log;
    this.#metrics = metrics;
    this.#collectGarbage = collect;
  }

  /** How often memory was collected because the last loaded concept had gone. */
  get idleCollections(): number {
    return this.#idleCollections;
  }

  /** Number of concepts in memory. */
  get size(): number {
    return this.#rooms.size;
  }

  /** Open sync sockets in all concepts. */
  get socketCount(): number {
    let count = 0;
    for (const room of this.#rooms.values()) count += room.connections.size;
    return count;
  }

  isLoaded(conceptId: string): boolean {
    return this.#rooms.has(conceptId);
  }

  /** Hands a socket to its concept's room, loading the concept first if needed. */
  join(conceptId: string, conn: Connection): void {
    const room = this.#open(conceptId);
    room.join(conn, () => this.#scheduleUnload(room));
    this.#scheduleUnload(room);
  }

  /** Runs `fn` with the concept's room (for HTTP routes), loading it if needed. */
  use<T>(conceptId: string, fn: (room: Room) => T): T {
    const room = this.#open(conceptId);
    try {
      return fn(room);
    } finally {
      this.#scheduleUnload(room);
    }
  }

  /**
   * Keeps the concept loaded (and its doc observable) until `release()`, loading it if needed. `onEnd` runs
   * instead when the concept is deleted or the server shuts down; the hold is gone then.
   */
  hold(conceptId: string, onEnd: (reason: HoldEnd) => void): RoomHold {
    const room = this.#open(conceptId);
    const holds = this.#holds.get(conceptId) ?? new Set();
    this.#holds.set(conceptId, holds);
    holds.add(onEnd);
    this.#scheduleUnload(room);
    return {
      room,
      release: () => {
        if (!holds.delete(onEnd)) return;
        if (holds.size === 0 && this.#holds.get(conceptId) === holds) this.#holds.delete(conceptId);
        if (this.#rooms.get(conceptId) === room) this.#scheduleUnload(room);
      },
    };
  }

  /** Closes the sockets opened with `linkId` (a revoked link). */
  closeLink(conceptId: string, linkId: string): void {
    const room = this.#rooms.get(conceptId);
    for (const conn of room ? [...room.connections] : []) {
      if (conn.link.id === linkId) conn.close(CloseCode.unauthorized, 'token-revoked');
    }
  }

  /** Closes every socket of a deleted concept and drops it from memory without writing. */
  drop(conceptId: string): void {
    const room = this.#rooms.get(conceptId);
    if (!room) return;
    for (const conn of [...room.connections]) conn.close(CloseCode.notFound, 'concept-deleted');
    this.#endHolds(conceptId, 'concept-deleted');
    this.#unload(room, false);
  }

  /** Shutdown: closes every socket with 1001 (clients reconnect later) and writes every snapshot. */
  closeAll(): void {
    this.#closing = true;
    for (const room of [...this.#rooms.values()]) {
      for (const conn of [...room.connections]) conn.close(CloseCode.goingAway, 'server-shutdown');
      this.#endHolds(room.conceptId, 'server-shutdown');
      this.#unload(room, true);
    }
  }

  #open(conceptId: string): Room {
    const loaded = this.#rooms.get(conceptId);
    if (loaded) return loaded;
    clearTimeout(this.#collectTimer);
    const started = performance.now();
    const log = this.#log.child({ concept: conceptId });
    const room = new Room(conceptId, this.#docs, this.#options, log, this.#metrics);
    this.#rooms.set(conceptId, room);
    this.#log.info(
      { event: 'concept-loaded', concept: conceptId, ms: Math.round(performance.now() - started) },
      'loaded',
    );
    return room;
  }

  #scheduleUnload(room: Room): void {
    clearTimeout(this.#unloadTimers.get(room.conceptId));
    this.#unloadTimers.delete(room.conceptId);
    if (this.#inUse(room)) return;
    const timer = setTimeout(() => {
      if (!this.#inUse(room)) this.#unload(room, true);
    }, this.#options.unloadDelayMs);
    timer.unref();
    this.#unloadTimers.set(room.conceptId, timer);
  }

  #inUse(room: Room): boolean {
    return room.connections.size > 0 || (this.#holds.get(room.conceptId)?.size ?? 0) > 0;
  }

  #endHolds(conceptId: string, reason: HoldEnd): void {
    const holds = this.#holds.get(conceptId);
    this.#holds.delete(conceptId);
    for (const onEnd of holds ?? []) onEnd(reason);
  }

  #unload(room: Room, keepState: boolean): void {
    clearTimeout(this.#unloadTimers.get(room.conceptId));
    this.#unloadTimers.delete(room.conceptId);
    this.#rooms.delete(room.conceptId);
    try {
      room.destroy(keepState);
    } catch (error) {
      this.#log.error(
        { event: 'unload-failed', concept: room.conceptId, err: error },
        'final snapshot failed',
      );
    }
    this.#log.info({ event: 'concept-unloaded', concept: room.conceptId }, 'unloaded');
    // A moment later: the final snapshots are still being written (and hold the documents' state) right now. One
    // timer, restarted by every unload and cancelled when a concept loads, so it counts from the last unload.
    clearTimeout(this.#collectTimer);
    if (this.#rooms.size === 0 && !this.#closing) {
      this.#collectTimer = setTimeout(() => this.#collectWhenIdle(), COLLECT_DELAY_MS);
      this.#collectTimer.unref();
    }
  }

  // With no concept loaded nobody waits for a pause, and what the unloaded documents took goes back at once
  // instead of at V8's next busy moment (see collectGarbage).
  #collectWhenIdle(): void {
    if (this.#rooms.size > 0 || this.#closing) return;
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    if (!this.#collectGarbage()) return;
    this.#idleCollections++;
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
    this.#log.info(
      {
        event: 'memory-collected',
        heapBeforeMiB: mib(before),
        heapAfterMiB: mib(process.memoryUsage().heapUsed),
        ms: Math.round(performance.now() - started),
      },
      'no concept loaded: memory collected',
    );
  }
}
