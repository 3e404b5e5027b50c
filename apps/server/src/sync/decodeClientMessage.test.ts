import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeClientMessage } from './decodeClientMessage.ts';
import { ProtocolError } from './ProtocolError.ts';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('decodeClientMessage', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Hallo');

  it('decodes the messages a y-websocket client sends', () => {
    const step1 = frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    });
    expect(decodeClientMessage(step1).kind).toBe('sync-step1');
    const update = frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc));
    });
    expect(decodeClientMessage(update)).toMatchObject({ kind: 'sync-update', empty: false });
    const emptyStep2 = frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep2(e, doc, Y.encodeStateVector(doc));
    });
    expect(decodeClientMessage(emptyStep2)).toMatchObject({ kind: 'sync-update', empty: true });
    expect(decodeClientMessage(new Uint8Array([3])).kind).toBe('query-awareness');
  });

  it('refuses truncated, unknown and padded frames with close code 4400', () => {
    for (const bad of [
      new Uint8Array([]),
      new Uint8Array([0]),
      new Uint8Array([0, 5, 0]),
      new Uint8Array([7]),
      new Uint8Array([3, 0]),
    ]) {
      expect(() => decodeClientMessage(bad)).toThrow(ProtocolError);
    }
    try {
      decodeClientMessage(new Uint8Array([1, 3, 1, 2]));
    } catch (error) {
      expect((error as ProtocolError).closeCode).toBe(4400);
    }
  });
});
