import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { AwarenessThrottle } from './AwarenessThrottle.ts';
import { CloseCode } from './CloseCode.ts';
import { Connection } from './Connection.ts';
import type { AwarenessEntry } from './decodeAwarenessUpdate.ts';
import { encodeAwarenessEntries } from './encodeAwarenessEntries.ts';
import { encodeMessage } from './encodeMessage.ts';
import { MessageType } from './MessageType.ts';
import { ProtocolError } from './ProtocolError.ts';
import type { SyncOptions } from './SyncOptions.ts';

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * The presence of one concept (who is here, cursors). Each client id belongs to the socket that first announced
 * it: others cannot overwrite or remove it, and the states the stock y-websocket client relays back (everyone
 * else's) are dropped rather than counted against it. Changes go out batched, never back to their sender.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;
  readonly #owners = new Map<number, Connection>();
  readonly #throttles = new Map<Connection, AwarenessThrottle>();
  /** Added to a client's clocks: a client that reconnects counts on from where it was, below its removal. */
  readonly #clockOffsets = new Map<number, number>();
  /** Sockets that sent presence before: a socket's first frame holds its own state only, never echoes. */
  readonly #heard = new WeakSet<Connection>();
  /** Client ids changed since the last batch went out, with the socket that changed each (null: the server). */
  readonly #changed = new Map<number, Connection | null>();
  readonly #options: SyncOptions;
  readonly #peers: () => Iterable<Connection>;
  #batchTimer: NodeJS.Timeout | null = null;

  constructor(doc: Y.Doc, options: SyncOptions, peers: () => Iterable<Connection>) {
    this.#options = options;
    this.#peers = peers;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
      const sender = origin instanceof Connection ? origin : null;
      for (const id of removed) {
        this.#owners.get(id)?.clientIds.delete(id);
        this.#owners.delete(id);
        this.#clockOffsets.delete(id);
      }
      for (const id of [...added, ...updated, ...removed]) this.#changed.set(id, sender);
      this.#batchTimer ??= setTimeout(() => this.#sendBatch(), options.awarenessBatchMs);
    });
  }

  /** Takes a decoded awareness update from `conn`: its own states, within the size, id and rate limits. */
  apply(conn: Connection, update: Uint8Array, entries: AwarenessEntry[]): void {
    if (update.length > this.#options.maxAwarenessBytes) {
      throw new ProtocolError(CloseCode.messageTooBig, 'awareness-too-large');
    }
    const first = !this.#heard.has(conn);
    this.#heard.add(conn);
    const own = entries.filter((entry) => this.#isOwn(conn, entry, first && entries.length === 1));
    if (own.some((entry) => entry.bytes > this.#options.maxAwarenessStateBytes)) {
      throw new ProtocolError(CloseCode.messageTooBig, 'awareness-state-too-large');
    }
    const fresh = new Set(own.map((entry) => entry.clientId).filter((id) => !this.#owners.has(id)));
    if (conn.clientIds.size + fresh.size > this.#options.maxClientsPerConnection) {
      throw new ProtocolError(CloseCode.policyViolation, 'too-many-awareness-clients');
    }
    if (own.length === 0) return;
    for (const entry of own) {
      if (!fresh.has(entry.clientId)) continue;
      this.#owners.set(entry.clientId, conn);
      conn.clientIds.add(entry.clientId);
      const seen = this.awareness.meta.get(entry.clientId)?.clock;
      if (seen !== undefined && entry.clock <= seen)
        this.#clockOffsets.set(entry.clientId, seen + 1 - entry.clock);
    }
    this.#throttleOf(conn).offer(
      own.map((entry) => ({ ...entry, clock: entry.clock + (this.#clockOffsets.get(entry.clientId) ?? 0) })),
    );
  }

  /** Every known state as one frame, or null when nobody is present. */
  encodeAll(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? this.#encode(ids) : null;
  }

  /** Removes the states a closed socket announced. */
  forget(conn: Connection): void {
    this.#throttles.get(conn)?.stop();
    this.#throttles.delete(conn);
    const ids = [...conn.clientIds].filter((id) => this.#owners.get(id) === conn);
    for (const id of ids) {
      this.#owners.delete(id);
      this.#clockOffsets.delete(id);
    }
    conn.clientIds.clear();
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  destroy(): void {
    if (this.#batchTimer) clearTimeout(this.#batchTimer);
    for (const throttle of this.#throttles.values()) throttle.stop();
    this.awareness.destroy();
  }

  // An id someone else holds is an echo or a spoof. An unclaimed id is new with a clock past the last one seen;
  // with an older clock it is a relayed echo of someone who left, unless it is all a socket's first frame holds:
  // then it is that person back after a reconnect, whose client kept counting from below its removal.
  #isOwn(conn: Connection, entry: AwarenessEntry, mayReclaim: boolean): boolean {
    const owner = this.#owners.get(entry.clientId);
    if (owner) return owner === conn;
    if (entry.state === null) return false;
    const clock = this.awareness.meta.get(entry.clientId)?.clock;
    return clock === undefined || entry.clock > clock || mayReclaim;
  }

  #throttleOf(conn: Connection): AwarenessThrottle {
    let throttle = this.#throttles.get(conn);
    if (!throttle) {
      const { awarenessBurst, awarenessPerSecond } = this.#options;
      throttle = new AwarenessThrottle(awarenessBurst, awarenessPerSecond, (entries) => {
        if (conn.isClosed) return;
        awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), conn);
      });
      this.#throttles.set(conn, throttle);
    }
    return throttle;
  }

  // One frame per batch keeps what the stock client relays back to at most one frame per batch, however many
  // people move their cursors. A sender gets an empty update instead of its own: y-websocket reconnects after
  // 30 s without any message, and a lone user would otherwise hear nothing.
  #sendBatch(): void {
    this.#batchTimer = null;
    const changed = [...this.#changed];
    this.#changed.clear();
    const all = this.#encode(changed.map(([id]) => id));
    for (const conn of this.#peers()) {
      if (!changed.some(([, sender]) => sender === conn)) {
        conn.send(all);
        continue;
      }
      conn.send(this.#encode(changed.filter(([, sender]) => sender !== conn).map(([id]) => id)));
    }
  }

  #encode(ids: number[]): Uint8Array {
    return encodeMessage(MessageType.awareness, (e) =>
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)),
    );
  }
}
