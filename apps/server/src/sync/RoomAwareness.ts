import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CloseCode } from './CloseCode.ts';
import { Connection } from './Connection.ts';
import type { AwarenessEntry } from './decodeAwarenessUpdate.ts';
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
 * The presence of one concept (who is here, cursors). It remembers which socket announced which client id,
 * so a closed socket's users disappear and one socket cannot fill the room with states.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;
  readonly #owners = new Map<number, Connection>();
  readonly #options: SyncOptions;

  constructor(doc: Y.Doc, options: SyncOptions, broadcast: (frame: Uint8Array) => void) {
    this.#options = options;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
      if (origin instanceof Connection) for (const id of [...added, ...updated]) this.#own(id, origin);
      for (const id of removed) {
        this.#owners.get(id)?.clientIds.delete(id);
        this.#owners.delete(id);
      }
      // Echoed to the sender too: y-websocket clients count their own awareness as a sign of life.
      broadcast(this.#encode([...added, ...updated, ...removed]));
    });
  }

  /** Applies a decoded awareness update from `conn`, within the size and client-id limits. */
  apply(conn: Connection, update: Uint8Array, entries: AwarenessEntry[]): void {
    if (update.length > this.#options.maxAwarenessBytes) {
      throw new ProtocolError(CloseCode.messageTooBig, 'awareness-too-large');
    }
    const fresh = new Set(
      entries.filter((e) => e.state !== null && this.#owners.get(e.clientId) !== conn).map((e) => e.clientId),
    );
    if (conn.clientIds.size + fresh.size > this.#options.maxClientsPerConnection) {
      throw new ProtocolError(CloseCode.policyViolation, 'too-many-awareness-clients');
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
  }

  /** Every known state as one frame, or null when nobody is present. */
  encodeAll(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? this.#encode(ids) : null;
  }

  /** Removes the states a closed socket announced. */
  forget(conn: Connection): void {
    const ids = [...conn.clientIds].filter((id) => this.#owners.get(id) === conn);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  destroy(): void {
    this.awareness.destroy();
  }

  #own(id: number, conn: Connection): void {
    const previous = this.#owners.get(id);
    if (previous === conn) return;
    previous?.clientIds.delete(id);
    this.#owners.set(id, conn);
    conn.clientIds.add(id);
  }

  #encode(ids: number[]): Uint8Array {
    return encodeMessage(MessageType.awareness, (e) =>
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)),
    );
  }
}
