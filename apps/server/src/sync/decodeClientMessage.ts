import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CloseCode } from './CloseCode.ts';
import { type AwarenessEntry, decodeAwarenessUpdate } from './decodeAwarenessUpdate.ts';
import { MessageType } from './MessageType.ts';
import { ProtocolError } from './ProtocolError.ts';

/** A y-websocket frame from a client, fully decoded and checked. */
export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array; empty: boolean; decoded: DecodedUpdate }
  | { kind: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: 'query-awareness' };

/** An update's structs and delete set, as `Y.decodeUpdate` reads them. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

function decode(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  let message: ClientMessage;
  if (type === MessageType.sync) {
    const subType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (subType === SYNC_STEP1) {
      Y.decodeStateVector(payload);
      message = { kind: 'sync-step1', stateVector: payload };
    } else if (subType === SYNC_STEP2 || subType === SYNC_UPDATE) {
      // Decoding the whole update first means a broken one is refused before it is stored.
      const decoded = Y.decodeUpdate(payload);
      const { structs, ds } = decoded;
      message = {
        kind: 'sync-update',
        update: payload,
        empty: structs.length === 0 && ds.clients.size === 0,
        decoded,
      };
    } else {
      throw new Error(`unknown sync message ${subType}`);
    }
  } else if (type === MessageType.awareness) {
    const update = decoding.readVarUint8Array(decoder);
    message = { kind: 'awareness', update, entries: decodeAwarenessUpdate(update) };
  } else if (type === MessageType.queryAwareness) {
    message = { kind: 'query-awareness' };
  } else {
    throw new Error(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
  return message;
}

/**
 * Decodes one binary frame. Anything that is not a complete, well-formed y-websocket message (random or
 * truncated bytes, unknown types, trailing garbage) throws a ProtocolError with close code 4400.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    return decode(frame);
  } catch (error) {
    throw new ProtocolError(
      CloseCode.malformed,
      `malformed message: ${(error as Error).message}`.slice(0, 120),
    );
  }
}
