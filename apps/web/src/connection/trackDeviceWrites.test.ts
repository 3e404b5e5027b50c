import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { type DeviceWriteTracker, trackDeviceWrites } from './trackDeviceWrites.ts';

const REMOTE = 'remote';
// The machine may be busy: give IndexedDB time rather than fail on a slow commit.
const SOON = { timeout: 10_000 };
const cleanups: (() => unknown)[] = [];
let databases = 0;

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function tracked(name = `concept-${++databases}`) {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  const writes: DeviceWriteTracker = trackDeviceWrites(
    persistence,
    (origin) => origin !== REMOTE,
    () => {},
  );
  cleanups.push(
    () => writes.destroy(),
    () => persistence.destroy(),
  );
  return { name, doc, persistence, writes, text: doc.getText('body') };
}

/** What a later visit finds on the device. */
async function textOnDevice(name: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  await persistence.destroy();
  return doc.getText('body').toString();
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('trackDeviceWrites', () => {
  it('counts a local edit as pending from the same tick until its transaction has committed', async () => {
    const { name, persistence, writes, text } = tracked();
    await persistence.whenSynced;
    text.insert(0, 'Im Zug ohne Netz.');
    expect(writes.pending).toBe(true);
    expect(writes.settling).toBe(true);
    await vi.waitFor(() => expect(writes.pending).toBe(false), SOON);
    expect(writes.settling).toBe(true);
    expect(await textOnDevice(name)).toBe('Im Zug ohne Netz.');
    await vi.waitFor(() => expect(writes.settling).toBe(false), SOON);
    expect(writes.failed).toBe(false);
  });

  it('writes in the same tick, so a visit that opens the database right after the edit finds it', async () => {
    const { name, persistence, text } = tracked();
    await persistence.whenSynced;
    text.insert(0, 'a');
    text.insert(1, 'b');
    expect(await textOnDevice(name)).toBe('ab');
  });

  it('stores an edit made before the database is open and counts it until then', async () => {
    const { name, persistence, writes, text } = tracked();
    expect(persistence.db).toBeNull();
    text.insert(0, 'früh');
    expect(writes.pending).toBe(true);
    await vi.waitFor(() => expect(writes.pending).toBe(false), SOON);
    expect(await textOnDevice(name)).toBe('früh');
  });

  it('stores updates from the server without counting them as local edits', async () => {
    const { name, doc, persistence, writes } = tracked();
    await persistence.whenSynced;
    const server = new Y.Doc();
    server.getText('body').insert(0, 'vom Server');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), REMOTE);
    expect(writes.pending).toBe(false);
    expect(writes.settling).toBe(false);
    expect(await textOnDevice(name)).toBe('vom Server');
  });

  it('after a failed write stores the whole document with the next one, so the copy is complete again', async () => {
    const { name, persistence, writes, text } = tracked();
    await persistence.whenSynced;
    text.insert(0, 'eins');
    await vi.waitFor(() => expect(writes.pending).toBe(false), SOON);
    const open = persistence.db as IDBDatabase;
    const closed = await openDatabase(name);
    closed.close();
    persistence.db = closed;
    text.insert(4, ' zwei');
    expect(writes.failed).toBe(true);
    expect(writes.pending).toBe(false);

    persistence.db = open;
    text.insert(9, ' drei');
    await vi.waitFor(() => expect(writes.failed).toBe(false), SOON);
    expect(await textOnDevice(name)).toBe('eins zwei drei');
  });

  it('still merges the updates once there are many, as y-indexeddb does, into pieces of a large document', async () => {
    const { name, persistence, writes, text } = tracked();
    persistence._storeTimeout = 0;
    await persistence.whenSynced;
    for (let i = 0; i < 520; i++) text.insert(i, 'x');
    await vi.waitFor(() => expect(writes.pending).toBe(false), SOON);
    await vi.waitFor(async () => {
      const db = await openDatabase(name);
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction(['updates']).objectStore('updates').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      expect(count).toBeLessThan(100);
    }, SOON);
    expect(await textOnDevice(name)).toBe('x'.repeat(520));
  });

  it('merges a large document into several rows, which give the whole document', async () => {
    const { name, doc, persistence, writes } = tracked();
    persistence._storeTimeout = 0;
    await persistence.whenSynced;
    // 520 updates, 4,000 structs: more than one piece (STRUCTS_PER_PIECE, 2,000).
    const list = doc.getArray<number>('list');
    for (let i = 0; i < 520; i++)
      doc.transact(() => {
        for (let j = 0; j < 8; j++) list.insert(0, [i * 8 + j]);
      });
    await vi.waitFor(() => expect(writes.pending).toBe(false), SOON);
    const rows = await vi.waitFor(async () => {
      const db = await openDatabase(name);
      const all = await new Promise<Uint8Array[]>((resolve) => {
        const request = db.transaction(['updates']).objectStore('updates').getAll();
        request.onsuccess = () => resolve(request.result as Uint8Array[]);
      });
      db.close();
      expect(all.length).toBeLessThan(100);
      return all;
    }, SOON);
    expect(rows.filter((row) => row.byteLength > 2).length).toBeGreaterThan(1);
    const check = new Y.Doc();
    for (const row of rows) Y.applyUpdate(check, row);
    expect(check.getArray('list').toArray()).toEqual(list.toArray());
  });
});
