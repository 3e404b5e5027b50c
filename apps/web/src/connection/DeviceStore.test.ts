import 'fake-indexeddb/auto';
import { STRUCTS_PER_PIECE } from '@werkbank/concept';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { DeviceStore } from './DeviceStore.ts';
import { storeInPieces } from './trackDeviceWrites.ts';

const open: IndexeddbPersistence[] = [];
let names = 0;

afterEach(async () => {
  await Promise.all(open.splice(0).map((persistence) => persistence.destroy()));
});

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Stores `updates` as rows of a new device database, the way y-indexeddb writes them. */
async function storeRows(name: string, updates: Uint8Array[]): Promise<void> {
  const writer = new IndexeddbPersistence(name, new Y.Doc());
  await writer.whenSynced;
  const db = writer.db as IDBDatabase;
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(['updates'], 'readwrite');
    for (const update of updates) transaction.objectStore('updates').add(update);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  await writer.destroy();
}

/** The rows of a device database. */
async function rowsOf(name: string): Promise<Uint8Array[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<Uint8Array[]>((resolve) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result as Uint8Array[]);
    });
  } finally {
    db.close();
  }
}

/** A concept written in three steps of some 60 kB each, as the three updates. */
function threeLargeUpdates(): { source: Y.Doc; updates: Uint8Array[] } {
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  for (const part of ['a', 'b', 'c']) {
    const before = Y.encodeStateVector(source);
    source.getText(part).insert(0, part.repeat(60_000));
    updates.push(Y.encodeStateAsUpdate(source, before));
  }
  return { source, updates };
}

describe('DeviceStore', () => {
  it('loads large rows one a task and says synced once all are applied', async () => {
    const name = `device-${++names}`;
    const { source, updates } = threeLargeUpdates();
    await storeRows(name, updates);
    const doc = new Y.Doc();
    const store = new DeviceStore(name, doc, nextTask);
    open.push(store);
    const tasks: number[] = [];
    let task = 0;
    const ticker = setInterval(() => task++, 0);
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === store && doc.getText('a').length > 0) tasks.push(task);
    });
    let syncedAt = -1;
    store.on('synced', () => {
      syncedAt = tasks.length;
    });
    await store.whenSynced;
    clearInterval(ticker);
    expect(tasks).toHaveLength(3);
    expect(new Set(tasks).size).toBe(3);
    expect(syncedAt).toBe(3);
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(source));
    expect(doc.getText('c').toString()).toBe('c'.repeat(60_000));
  });

  it('applies small rows together, and y-indexeddb reads the same database afterwards', async () => {
    const name = `device-${++names}`;
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 50; i++) source.getArray<number>('edits').push([i]);
    await storeRows(name, updates);
    const doc = new Y.Doc();
    let loads = 0;
    const store = new DeviceStore(name, doc, nextTask);
    open.push(store);
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === store && doc.getArray('edits').length > 0) loads++;
    });
    await store.whenSynced;
    expect(loads).toBe(1);
    expect(doc.getArray('edits').toArray()).toEqual(source.getArray('edits').toArray());
    // What it writes afterwards goes after what it loaded, as with y-indexeddb.
    doc.getArray<number>('edits').push([50]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.destroy();
    const check = new Y.Doc();
    const reader = new IndexeddbPersistence(name, check);
    open.push(reader);
    await reader.whenSynced;
    expect(check.getArray('edits').length).toBe(51);
  });

  it('goes past a row Yjs cannot read, with what came before it and after it', async () => {
    const name = `device-${++names}`;
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Vielfalt leben');
    const first = Y.encodeStateAsUpdate(source);
    const before = Y.encodeStateVector(source);
    source.getMap('meta').set('territory', 'Kreis Musterland');
    const after = Y.encodeStateAsUpdate(source, before);
    const broken = new Uint8Array(200_000).fill(7);
    await storeRows(name, [first, broken, after]);
    const doc = new Y.Doc();
    const store = new DeviceStore(name, doc, nextTask);
    open.push(store);
    await store.whenSynced;
    expect(doc.getMap('meta').toJSON()).toEqual({ title: 'Vielfalt leben', territory: 'Kreis Musterland' });
  });

  it('lets a merge of the rows wait until every row it read is applied', async () => {
    const name = `device-${++names}`;
    const { updates } = threeLargeUpdates();
    await storeRows(name, updates);
    const doc = new Y.Doc();
    const store = new DeviceStore(name, doc, nextTask);
    open.push(store);
    let synced = false;
    store.on('synced', () => {
      synced = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    let mergedAfterSynced: boolean | undefined;
    await storeInPieces(store).then(() => {
      mergedAfterSynced = synced;
    });
    expect(mergedAfterSynced).toBe(true);
  });

  it('stores a copy kept as one large row again in pieces once it is loaded', async () => {
    const name = `device-${++names}`;
    // 7,000 entries, each a struct of its own: some 400 kB, in pieces of at most STRUCTS_PER_PIECE structs.
    const source = new Y.Doc();
    const entries = source.getMap<string>('entries');
    for (let i = 0; i < 7000; i++) entries.set(`entry-${i}`, `Eintrag ${i} im Handlungskonzept des Kreises`);
    const whole = Y.encodeStateAsUpdate(source);
    expect(whole.byteLength).toBeGreaterThan(2 * 64 * 1024);
    // As an earlier version of the app kept it: the whole concept in one row.
    await storeRows(name, [whole]);
    const doc = new Y.Doc();
    const store = new DeviceStore(name, doc, nextTask);
    open.push(store);
    await store.whenSynced;
    expect(doc.getMap('entries').size).toBe(7000);
    const stored = async () => (await rowsOf(name)).filter((row) => row.byteLength > 2).length;
    await vi.waitFor(async () => expect(await stored()).toBe(Math.ceil(7000 / STRUCTS_PER_PIECE)), {
      timeout: 10_000,
    });
    await store.destroy();
    const check = new Y.Doc();
    const reader = new IndexeddbPersistence(name, check);
    open.push(reader);
    await reader.whenSynced;
    expect(check.getMap('entries').toJSON()).toEqual(entries.toJSON());
  });
});
