import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const PROBE_DELAY_MS = 250;

/** Whether every local change is known to be on the server. */
export interface SaveTracker {
  readonly pending: boolean;
  /** How many local changes of this session the server has not confirmed yet. */
  readonly unconfirmed: number;
  destroy(): void;
}

type SyncHandler = WebsocketProvider['messageHandlers'][number];

/**
 * Confirms saves over the plain y-websocket protocol, which has no acknowledgements: after local changes
 * it sends a sync step 1 (a "probe"); the server answers each step 1 with a step 2 in order, so the answer
 * to a probe proves that everything sent before it was received. After each (re)connect the changes made
 * offline travel with our reply to the server's step 1, so a probe follows that reply.
 *
 * A probe asks only for what the server has beyond what it said it has: the provider's own step 1 already fetches
 * the rest, and is answered first. On a first visit the probe would otherwise go out before the server's copy
 * arrived, with an empty state vector, and the server would send the whole concept a second time.
 */
export function trackSaves(
  doc: Y.Doc,
  provider: WebsocketProvider,
  isLocal: (origin: unknown) => boolean,
  onChange: () => void,
): SaveTracker {
  let changes = 0;
  let confirmed = 0;
  let replies: (number | null)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The state vector of the server's latest step 1 on the current socket. */
  let serverVector = new Map<number, number>();
  const update = () => onChange();

  function probe(): void {
    timer = undefined;
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(probeVector()));
    replies.push(changes);
    ws.send(encoding.toUint8Array(encoder));
  }

  // Per client the larger clock of what this copy has and what the server said it has.
  function probeVector(): Map<number, number> {
    const vector = new Map(serverVector);
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc)))
      vector.set(client, Math.max(clock, vector.get(client) ?? 0));
    return vector;
  }

  function scheduleProbe(delay: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(probe, delay);
  }

  const original = provider.messageHandlers[MESSAGE_SYNC] as SyncHandler;
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    const subType = decoder.arr[decoder.pos];
    const message = decoding.clone(decoder);
    original(encoder, decoder, p, emitSynced, type);
    if (subType === syncProtocol.messageYjsSyncStep2) {
      const mark = replies.shift();
      if (mark != null && mark > confirmed) confirmed = mark;
      update();
    } else if (subType === syncProtocol.messageYjsSyncStep1) {
      // Read only now: the original handler has checked the message.
      decoding.readVarUint(message);
      serverVector = Y.decodeStateVector(decoding.readVarUint8Array(message));
      // Our reply (with the offline changes) is sent after this handler returns; probe after it.
      changes++;
      update();
      scheduleProbe(0);
    }
  };

  const onStatus = ({ status }: { status: string }) => {
    // The first step 2 answers the provider's own step 1, which confirms nothing of ours.
    replies = status === 'connected' ? [null] : [];
    serverVector = new Map();
    update();
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (!isLocal(origin)) return;
    changes++;
    update();
    scheduleProbe(PROBE_DELAY_MS);
  };
  provider.on('status', onStatus);
  doc.on('update', onUpdate);

  return {
    get pending() {
      return changes > confirmed;
    },
    get unconfirmed() {
      return Math.max(0, changes - confirmed);
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      provider.messageHandlers[MESSAGE_SYNC] = original;
      provider.off('status', onStatus);
      doc.off('update', onUpdate);
    },
  };
}
