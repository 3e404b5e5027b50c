import 'fake-indexeddb/auto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { nodeEvent } from '../test/nodeEvent.ts';
import { type ClosingServer, startClosingServer } from '../test/startClosingServer.ts';
import { ConceptConnection } from './ConceptConnection.ts';
import { persistenceName } from './persistenceName.ts';

const SOON = { timeout: 10_000 };
let server: ClosingServer | undefined;
let connection: ConceptConnection | undefined;
let concepts = 0;

beforeAll(async () => {
  vi.stubGlobal('Event', await nodeEvent());
  vi.stubGlobal('navigator', { ...navigator, onLine: true });
});
afterAll(() => vi.unstubAllGlobals());
afterEach(async () => {
  connection?.destroy();
  connection = undefined;
  await server?.stop();
});

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What a new copy read from this device's IndexedDB alone holds of the concept. */
async function onDevice(conceptId: string): Promise<Y.Doc> {
  const check = new Y.Doc();
  const reader = new IndexeddbPersistence(persistenceName(conceptId), check);
  await reader.whenSynced;
  await reader.destroy();
  return check;
}

/** The updates stored on this device for a concept that hold anything (an empty Yjs update is 2 bytes). */
async function storedUpdates(conceptId: string): Promise<Uint8Array[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(persistenceName(conceptId));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const rows = await new Promise<Uint8Array[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result as Uint8Array[]);
      request.onerror = () => reject(request.error);
    });
    return rows.filter((row) => row.byteLength > 2);
  } finally {
    db.close();
  }
}

/** Stores a document with some content on this device, as an earlier visit would have. */
async function storedOnDevice(conceptId: string): Promise<void> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(persistenceName(conceptId), doc);
  await persistence.whenSynced;
  doc.getMap('meta').set('title', 'Vielfalt leben');
  await vi.waitFor(
    async () => expect((await onDevice(conceptId)).getMap('meta').get('title')).toBe('Vielfalt leben'),
    SOON,
  );
  await persistence.destroy();
}

/** Keeps a write transaction open on the device's store of a concept, as another tab's write would; returns its end. */
function holdDeviceStore(name: string): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      let held = true;
      const store = db.transaction(['updates'], 'readwrite').objectStore('updates');
      const keepBusy = () => {
        if (held) store.count().onsuccess = keepBusy;
      };
      keepBusy();
      resolve(() => {
        held = false;
        db.close();
      });
    };
  });
}

describe('ConceptConnection on a first visit', () => {
  it('waits for the server’s copy while this device has none, rather than showing an empty concept', async () => {
    server = await startClosingServer(null); // accepts, but has not answered yet
    connection = new ConceptConnection(`first-${++concepts}`, 'token', server.url);
    await connection.persistence.whenSynced;
    await vi.waitFor(() => expect(server?.upgrades).toBe(1), SOON);
    await pause(200);
    expect(connection.ready).toBe(false);
    expect(connection.getStatus()).not.toBe('saved');
  });

  it('shows what the device has, and goes on connecting, when the server does not answer for a while', async () => {
    server = await startClosingServer(null);
    connection = new ConceptConnection(`first-${++concepts}`, 'token', server.url, { firstVisitWaitMs: 300 });
    await connection.persistence.whenSynced;
    expect(connection.ready).toBe(false);
    await vi.waitFor(() => expect(connection?.ready).toBe(true), SOON);
    expect(connection.getStatus()).not.toBe('saved');
  });

  it('renders the server’s first copy in a task of its own, not in the one that applied it', async () => {
    server = await startClosingServer(null);
    connection = new ConceptConnection(`first-${++concepts}`, 'token', server.url);
    await connection.persistence.whenSynced;
    await vi.waitFor(() => expect(connection?.provider.wsconnected).toBe(true), SOON);
    const told: boolean[] = [];
    const current = connection;
    current.subscribe(() => told.push(current.ready));
    // The server's answer to the client's sync step 1: the whole concept, as y-websocket's handler receives it.
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Vielfalt leben');
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 0); // messageSync
    syncProtocol.writeSyncStep2(message, source);
    const decoder = decoding.createDecoder(encoding.toUint8Array(message));
    decoding.readVarUint(decoder);
    const handler = current.provider.messageHandlers[0] as (...args: unknown[]) => void;
    handler(encoding.createEncoder(), decoder, current.provider, true, 0);
    expect(current.doc.getMap('meta').get('title')).toBe('Vielfalt leben');
    expect(current.ready).toBe(false);
    expect(told).not.toContain(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(current.ready).toBe(true);
    expect(told).toContain(true);
  });

  it('hands the server’s first copy to the update listeners as received, and stores it on the device', async () => {
    const conceptId = `first-${++concepts}`;
    server = await startClosingServer(null);
    connection = new ConceptConnection(conceptId, 'token', server.url);
    await connection.persistence.whenSynced;
    await vi.waitFor(() => expect(connection?.provider.wsconnected).toBe(true), SOON);
    const current = connection;
    const heard: Uint8Array[] = [];
    current.doc.on('update', (update: Uint8Array) => heard.push(update));
    const deliver = (write: (encoder: encoding.Encoder) => void) => {
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, 0); // messageSync
      write(message);
      const bytes = encoding.toUint8Array(message);
      const decoder = decoding.createDecoder(bytes);
      decoding.readVarUint(decoder);
      const handler = current.provider.messageHandlers[0] as (...args: unknown[]) => void;
      handler(encoding.createEncoder(), decoder, current.provider, true, 0);
      return bytes;
    };
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Vielfalt leben');
    source.getText('notes').insert(0, 'Erste Fassung');
    const first = deliver((e) => syncProtocol.writeSyncStep2(e, source));
    expect(current.doc.getText('notes').toString()).toBe('Erste Fassung');
    // The listener got a view of the message itself: Yjs did not write the copy out again.
    expect(heard).toHaveLength(1);
    expect(heard[0]?.buffer).toBe(first.buffer);
    // Later answers, with a copy already here, take Yjs's usual way.
    source.getText('notes').insert(0, 'Zweite, ');
    const later = deliver((e) => syncProtocol.writeSyncStep2(e, source, Y.encodeStateVector(current.doc)));
    expect(current.doc.getText('notes').toString()).toBe('Zweite, Erste Fassung');
    expect(heard).toHaveLength(2);
    expect(heard[1]?.buffer).not.toBe(later.buffer);
    // Both are on the device: a new copy read from IndexedDB alone has them.
    await vi.waitFor(async () => {
      const check = await onDevice(conceptId);
      expect([check.getMap('meta').get('title'), check.getText('notes').toString()]).toEqual([
        'Vielfalt leben',
        'Zweite, Erste Fassung',
      ]);
    }, SOON);
  });

  it('shows the concept fetched over HTTP while the socket has not brought it yet, and stores it on the device', async () => {
    const conceptId = `first-${++concepts}`;
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Vielfalt leben');
    server = await startClosingServer(null); // the socket stays silent
    connection = new ConceptConnection(conceptId, 'token', server.url, {
      firstCopy: Promise.resolve([Y.encodeStateAsUpdate(source)]),
    });
    const current = connection;
    await vi.waitFor(() => expect(current.ready).toBe(true), SOON);
    expect(current.doc.getMap('meta').get('title')).toBe('Vielfalt leben');
    await vi.waitFor(
      async () => expect((await onDevice(conceptId)).getMap('meta').get('title')).toBe('Vielfalt leben'),
      SOON,
    );
  });

  it('applies a copy that comes in pieces one piece a task, shows it once all are in, and stores the pieces', async () => {
    const conceptId = `first-${++concepts}`;
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Vielfalt leben');
    const first = Y.encodeStateAsUpdate(source);
    const before = Y.encodeStateVector(source);
    source.getText('notes').insert(0, 'Zweites Stück');
    const second = Y.encodeStateAsUpdate(source, before);
    server = await startClosingServer(null);
    connection = new ConceptConnection(conceptId, 'token', server.url, {
      firstCopy: Promise.resolve([first, second]),
    });
    const current = connection;
    // The task after the first piece: it is applied, the second not yet, and nothing is shown.
    const seen: string[] = [];
    current.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== current.provider) return; // the device's (empty) copy loading
      seen.push(current.doc.getText('notes').toString());
      setTimeout(() => seen.push(`ready ${current.ready}`), 0);
    });
    await vi.waitFor(() => expect(current.ready).toBe(true), SOON);
    expect(seen.slice(0, 3)).toEqual(['', 'ready false', 'Zweites Stück']);
    expect(current.doc.getMap('meta').get('title')).toBe('Vielfalt leben');
    await vi.waitFor(async () => {
      const check = await onDevice(conceptId);
      expect([check.getMap('meta').get('title'), check.getText('notes').toString()]).toEqual([
        'Vielfalt leben',
        'Zweites Stück',
      ]);
    }, SOON);
    // The pieces as they came, not the document written out again: `DeviceStore` loads them a few a task.
    const stored = await storedUpdates(conceptId);
    expect(stored.map((row) => [...row])).toEqual([[...first], [...second]]);
  });

  it('connects its socket only once the copy fetched over HTTP is in, so the server sends only what changed', async () => {
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Vielfalt leben');
    let arrive: (pieces: Uint8Array[]) => void = () => {};
    server = await startClosingServer(null);
    connection = new ConceptConnection(`first-${++concepts}`, 'token', server.url, {
      firstCopy: new Promise((resolve) => {
        arrive = resolve;
      }),
    });
    await connection.persistence.whenSynced;
    await pause(200);
    expect(server.upgrades).toBe(0);
    arrive([Y.encodeStateAsUpdate(source)]);
    await vi.waitFor(() => expect(server?.upgrades).toBe(1), SOON);
    expect(connection.doc.getMap('meta').get('title')).toBe('Vielfalt leben');
  });

  it('leaves the concept fetched over HTTP aside when this device has its own copy', async () => {
    const conceptId = `stored-${++concepts}`;
    await storedOnDevice(conceptId);
    const other = new Y.Doc();
    other.getMap('meta').set('subtitle', 'nicht von hier');
    server = await startClosingServer(null);
    connection = new ConceptConnection(conceptId, 'token', server.url, {
      firstCopy: Promise.resolve([Y.encodeStateAsUpdate(other)]),
    });
    const current = connection;
    await vi.waitFor(() => expect(current.ready).toBe(true), SOON);
    await pause(50);
    expect(current.doc.getMap('meta').get('title')).toBe('Vielfalt leben');
    expect(current.doc.getMap('meta').has('subtitle')).toBe(false);
  });

  it('connects its socket only once the device’s copy is loaded, so it asks only for what the device lacks', async () => {
    const conceptId = `stored-${++concepts}`;
    await storedOnDevice(conceptId);
    // Another tab's write keeps the device's store busy: loading the copy waits behind it.
    const release = await holdDeviceStore(persistenceName(conceptId));
    server = await startClosingServer(null);
    connection = new ConceptConnection(conceptId, 'token', server.url);
    const current = server;
    await pause(300);
    expect(current.upgrades).toBe(0);
    release();
    await vi.waitFor(() => expect(current.frames.length).toBeGreaterThan(0), SOON);
    // y-websocket's first message: sync step 1 with the document's state vector, which has the device's copy.
    const decoder = decoding.createDecoder(current.frames[0] as Uint8Array);
    expect(decoding.readVarUint(decoder)).toBe(0); // messageSync
    expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep1);
    const asked = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    expect(asked.size).toBe(1);
    expect(asked).toEqual(Y.decodeStateVector(Y.encodeStateVector(connection.doc)));
  });

  it('going online before the device’s copy is loaded connects once it is, not before', async () => {
    const conceptId = `stored-${++concepts}`;
    await storedOnDevice(conceptId);
    const release = await holdDeviceStore(persistenceName(conceptId));
    server = await startClosingServer(null);
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    try {
      connection = new ConceptConnection(conceptId, 'token', server.url);
      vi.stubGlobal('navigator', { ...navigator, onLine: true });
      // jsdom's own event class: the global Event is Node's in these tests (see nodeEvent).
      window.dispatchEvent(new CustomEvent('online'));
      const current = server;
      await pause(300);
      expect(current.upgrades).toBe(0);
      release();
      await vi.waitFor(() => expect(current.frames.length).toBeGreaterThan(0), SOON);
      const decoder = decoding.createDecoder(current.frames[0] as Uint8Array);
      decoding.readVarUint(decoder); // messageSync
      decoding.readVarUint(decoder); // sync step 1
      expect(Y.decodeStateVector(decoding.readVarUint8Array(decoder)).size).toBe(1);
    } finally {
      vi.stubGlobal('navigator', { ...navigator, onLine: true });
    }
  });

  it('shows what the device has once the server closes without sending anything', async () => {
    server = await startClosingServer(1011);
    connection = new ConceptConnection(`first-${++concepts}`, 'token', server.url);
    await vi.waitFor(() => expect(connection?.ready).toBe(true), SOON);
  });

  it('renders from what an earlier visit stored in the next task, without waiting for the server', async () => {
    const conceptId = `stored-${++concepts}`;
    await storedOnDevice(conceptId);
    server = await startClosingServer(null); // accepts, but never answers
    connection = new ConceptConnection(conceptId, 'token', server.url);
    await connection.persistence.whenSynced;
    // Applied in this task; the workspace renders in the next one, so the two do not make one long task.
    expect(connection.doc.getMap('meta').get('title')).toBe('Vielfalt leben');
    expect(connection.ready).toBe(false);
    await pause(0);
    expect(connection.ready).toBe(true);
  });
});
