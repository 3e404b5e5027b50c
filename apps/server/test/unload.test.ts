import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

describe('compaction and unloading', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.dispose();
  });

  it('compacts updates into the snapshot after a quiet moment, deleting the compacted rows', async () => {
    server = await startServer({ logger: false, sync: { compactDelayMs: 100, compactMaxWaitMs: 1000 } });
    const { id, ownerToken } = await createConcept(server.url);
    const c = connectClient(server.wsUrl, id, ownerToken);
    clients.push(c);
    await c.firstSync;
    const docs = server.server.context.store.docs;
    const snapshotBytes = () => docs.load(id).snapshot.reduce((sum, piece) => sum + piece.length, 0);
    const snapshotBefore = snapshotBytes();
    c.doc.getText('notiz').insert(0, 'eine Notiz, die in den Schnappschuss wandert');
    await waitFor(() => docs.load(id).updates.length > 0, 'update appended');
    await waitFor(() => docs.load(id).updates.length === 0, 'rows compacted');
    expect(snapshotBytes()).toBeGreaterThan(snapshotBefore);
  });

  it('compacts at once when many updates wait', async () => {
    server = await startServer({ logger: false, sync: { compactDelayMs: 60_000, compactAfterUpdates: 5 } });
    const { id, ownerToken } = await createConcept(server.url);
    const c = connectClient(server.wsUrl, id, ownerToken);
    clients.push(c);
    await c.firstSync;
    for (let i = 0; i < 5; i++) c.doc.getText('t').insert(0, `${i}`);
    const docs = server.server.context.store.docs;
    await waitFor(
      () => server.server.context.rooms.use(id, (room) => room.doc.getText('t').length) === 5,
      'arrived',
    );
    await waitFor(() => docs.load(id).updates.length === 0, 'compacted');
  });

  it('unloads a concept a while after its last socket closed, and loads it again with its content', async () => {
    server = await startServer({ logger: false, sync: { unloadDelayMs: 150, compactDelayMs: 60_000 } });
    const { id, ownerToken } = await createConcept(server.url);
    const rooms = server.server.context.rooms;
    const c = connectClient(server.wsUrl, id, ownerToken);
    await c.firstSync;
    c.doc.getText('t').insert(0, 'bleibt');
    await waitFor(() => rooms.use(id, (room) => room.doc.getText('t').toString()) === 'bleibt', 'arrived');
    c.destroy();
    await waitFor(() => !rooms.isLoaded(id), 'unloaded');
    expect(server.server.context.store.docs.load(id).updates.length).toBe(0);
    const again = connectClient(server.wsUrl, id, ownerToken);
    clients.push(again);
    expect((await again.firstSync).getText('t').toString()).toBe('bleibt');
  });

  it('collects memory once the last loaded concept has unloaded, not while another is still loaded', async () => {
    server = await startServer({ logger: false, sync: { unloadDelayMs: 150, compactDelayMs: 60_000 } });
    const rooms = server.server.context.rooms;
    const first = await createConcept(server.url);
    const second = await createConcept(server.url);
    const a = connectClient(server.wsUrl, first.id, first.ownerToken);
    const b = connectClient(server.wsUrl, second.id, second.ownerToken);
    await Promise.all([a.firstSync, b.firstSync]);
    const before = rooms.idleCollections;
    a.destroy();
    await waitFor(() => !rooms.isLoaded(first.id), 'first unloaded');
    // Longer than the 2 s the server waits after the last unload before it collects.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(rooms.idleCollections).toBe(before);
    b.destroy();
    await waitFor(() => !rooms.isLoaded(second.id), 'second unloaded');
    await waitFor(() => rooms.idleCollections === before + 1, 'memory collected');
  });

  it('keeps a concept loaded while a socket is open, and unloads one read over HTTP', async () => {
    server = await startServer({ logger: false, sync: { unloadDelayMs: 100 } });
    const { id, ownerToken } = await createConcept(server.url);
    const rooms = server.server.context.rooms;
    expect((await api(server.url, 'GET', `/api/concepts/${id}`, { token: ownerToken })).status).toBe(200);
    expect(rooms.isLoaded(id)).toBe(true);
    await waitFor(() => !rooms.isLoaded(id), 'unloaded after the read');
    const c = connectClient(server.wsUrl, id, ownerToken);
    clients.push(c);
    await c.firstSync;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rooms.isLoaded(id)).toBe(true);
  });
});
