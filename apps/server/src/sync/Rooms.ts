import type { FastifyBaseLogger } from 'fastify';
import type { DocStore } from '../store/DocStore.ts';
import { CloseCode } from './CloseCode.ts';
import type { Connection } from './Connection.ts';
import { Room } from './Room.ts';
import type { SyncOptions } from './SyncOptions.ts';

/**
 * The concepts held in memory. A concept is loaded by its first socket or HTTP read, in one synchronous
 * step, so no frame is ever answered from a half-loaded doc; it is unloaded `unloadDelayMs` after it was
 * last used, with a final snapshot.
 */
export class Rooms {
  readonly #rooms = new Map<string, Room>();
  readonly #unloadTimers = new Map<string, NodeJS.Timeout>();
  readonly #docs: DocStore;
  readonly #options: SyncOptions;
  readonly #log: FastifyBaseLogger;

  constructor(docs: DocStore, options: SyncOptions, log: FastifyBaseLogger) {
    this.#docs = docs;
    this.#options = options;
    this.#log = log;
  }

  /** Number of concepts in memory. */
  get size(): number {
    return this.#rooms.size;
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
    this.#unload(room, false);
  }

  /** Shutdown: closes every socket with 1001 (clients reconnect later) and writes every snapshot. */
  closeAll(): void {
    for (const room of [...this.#rooms.values()]) {
      for (const conn of [...room.connections]) conn.close(CloseCode.goingAway, 'server-shutdown');
      this.#unload(room, true);
    }
  }

  #open(conceptId: string): Room {
    const loaded = this.#rooms.get(conceptId);
    if (loaded) return loaded;
    const started = performance.now();
    const room = new Room(conceptId, this.#docs, this.#options, this.#log.child({ concept: conceptId }));
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
    if (room.connections.size > 0) return;
    const timer = setTimeout(() => {
      if (room.connections.size === 0) this.#unload(room, true);
    }, this.#options.unloadDelayMs);
    timer.unref();
    this.#unloadTimers.set(room.conceptId, timer);
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
  }
}
