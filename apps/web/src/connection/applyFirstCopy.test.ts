import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAsReceived, applyPieces } from './applyFirstCopy.ts';

function concept(title: string): Uint8Array {
  const source = new Y.Doc();
  source.getMap('meta').set('title', title);
  source.getText('notes').insert(0, 'Erste Fassung');
  return Y.encodeStateAsUpdate(source);
}

describe('applyAsReceived', () => {
  it('hands the update listeners the bytes received, once', () => {
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    const update = concept('Vielfalt leben');
    applyAsReceived(doc, update, 'server');
    expect(doc.getMap('meta').get('title')).toBe('Vielfalt leben');
    expect(heard).toEqual([update]);
    expect(heard[0]).toBe(update);
  });

  it('hands them the whole document when an observer wrote during the apply, so that write is not missed', () => {
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    doc.getMap('meta').observe(() => {
      if (!doc.getMap('meta').has('seen')) doc.getMap('meta').set('seen', true);
    });
    heard.length = 0;
    applyAsReceived(doc, concept('Vielfalt leben'), 'server');
    expect(heard).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, heard[0] as Uint8Array);
    expect(copy.getMap('meta').toJSON()).toEqual({ title: 'Vielfalt leben', seen: true });
  });

  it('takes the usual way while updates are held back for missing parts', () => {
    const source = new Y.Doc();
    source.getText('notes').insert(0, 'Anfang');
    const first = Y.encodeStateAsUpdate(source);
    const vector = Y.encodeStateVector(source);
    source.getText('notes').insert(6, ', dann mehr');
    const second = Y.encodeStateAsUpdate(source, vector);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, second); // its parts before it are missing: held back
    expect(doc.store.pendingStructs).not.toBeNull();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    applyAsReceived(doc, first, 'server');
    expect(doc.getText('notes').toString()).toBe('Anfang, dann mehr');
    // Yjs's own update, which holds the held-back part too, not the bytes received.
    expect(heard).toHaveLength(1);
    expect(heard[0]).not.toBe(first);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, heard[0] as Uint8Array);
    expect(copy.getText('notes').toString()).toBe('Anfang, dann mehr');
  });
});

describe('applyPieces', () => {
  const ORIGIN = 'server';
  const run = { stop: () => false, nextTask: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) };

  function twoPieces(): Uint8Array[] {
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Vielfalt leben');
    const first = Y.encodeStateAsUpdate(source);
    const before = Y.encodeStateVector(source);
    source.getText('notes').insert(0, 'Zweites Stück');
    return [first, Y.encodeStateAsUpdate(source, before)];
  }

  it('hands the listeners the pieces as they came, also past a transaction that changed nothing', async () => {
    const pieces = twoPieces();
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    // An observer that opens a transaction and writes nothing, as some views' checks do.
    doc.getText('notes').observe(() => doc.transact(() => {}));
    const handOver = await applyPieces(doc, pieces, ORIGIN, run);
    expect(heard).toEqual([]);
    handOver?.();
    expect(heard.map((update) => [...update])).toEqual(pieces.map((piece) => [...piece]));
  });

  it('hands them the whole document when an observer wrote meanwhile, so that write is not missed', async () => {
    const pieces = twoPieces();
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    doc.getText('notes').observe(() => {
      if (!doc.getMap('meta').has('checked')) doc.getMap('meta').set('checked', true);
    });
    const handOver = await applyPieces(doc, pieces, ORIGIN, run);
    handOver?.();
    expect(heard).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, heard[0] as Uint8Array);
    expect(copy.getMap('meta').toJSON()).toEqual({ title: 'Vielfalt leben', checked: true });
    expect(copy.getText('notes').toString()).toBe('Zweites Stück');
  });

  it('hands them the whole document when the socket brought an update between two pieces', async () => {
    const pieces = twoPieces();
    const other = new Y.Doc();
    other.getText('notes').insert(0, 'Vom Server: ');
    const fromSocket = Y.encodeStateAsUpdate(other);
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    const handOver = await applyPieces(doc, pieces, ORIGIN, {
      stop: () => false,
      // The socket's update comes in the task between the pieces, with the same origin as they.
      nextTask: async () => {
        await run.nextTask();
        Y.applyUpdate(doc, fromSocket, ORIGIN);
      },
    });
    handOver?.();
    const copy = new Y.Doc();
    for (const update of heard) Y.applyUpdate(copy, update);
    expect(copy.getText('notes').toString()).toBe(doc.getText('notes').toString());
    expect(copy.getText('notes').toString()).toContain('Vom Server: ');
  });
});
