import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Connection } from './Connection.ts';
import { UpdateBatch } from './UpdateBatch.ts';

function fakeConn(name: string) {
  const closed: number[] = [];
  const conn = { name, closed, close: (code: number) => closed.push(code), log: { error() {} } };
  return conn as unknown as Connection & { closed: number[] };
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function setup(store: (updates: Uint8Array[]) => void = () => {}) {
  const doc = new Y.Doc();
  const log: string[] = [];
  const relayed: { frame: Uint8Array; except: Connection | null }[] = [];
  const batch = new UpdateBatch({
    store(updates) {
      log.push(`store ${updates.length}`);
      store(updates);
    },
    apply(conn, update) {
      log.push('apply');
      Y.applyUpdate(doc, update, conn);
    },
    relay: (frame, except) => relayed.push({ frame, except }),
  });
  doc.on('update', (update: Uint8Array, origin: Connection) => batch.changed(update, origin));
  return { doc, batch, log, relayed };
}

describe('UpdateBatch', () => {
  it('stores the updates of one turn together before applying any, then relays one merged frame', async () => {
    const { doc, batch, log, relayed } = setup();
    const a = fakeConn('a');
    batch.receive(a, textUpdate('eins'));
    batch.receive(a, textUpdate('zwei'));
    expect(batch.bytes).toBeGreaterThan(0);
    expect(log).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['store 2', 'apply', 'apply']);
    expect(doc.getText('t').length).toBe(8);
    expect(relayed).toHaveLength(1);
    expect(relayed[0]?.except).toBeNull();
  });

  it('relays a lone update to everyone but its sender', async () => {
    const { batch, relayed } = setup();
    const a = fakeConn('a');
    batch.receive(a, textUpdate('allein'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(relayed.map((r) => r.except)).toEqual([a]);
  });

  it('applies nothing it could not store, and closes the senders with 1011', () => {
    const { doc, batch, log } = setup(() => {
      throw new Error('disk full');
    });
    const a = fakeConn('a');
    batch.receive(a, textUpdate('verloren?'));
    batch.flush();
    expect(log).toEqual(['store 1']);
    expect(doc.getText('t').length).toBe(0);
    expect(a.closed).toEqual([1011]);
  });
});
