import { CURRENT_DOC_SCHEMA_VERSION, keys, readMeta, updateMeta } from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept, createLink } from './factories.ts';
import { readStoredDoc } from './readStoredDoc.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const current = { schema: String(CURRENT_DOC_SCHEMA_VERSION) };

/** Every value of meta.phase a client's document takes, in order. */
function phasesSeen(client: TestClient): string[] {
  const seen: string[] = [];
  client.doc.getMap(keys.META).observe((event) => {
    if (event.keysChanged.has('phase')) seen.push(String(client.doc.getMap(keys.META).get('phase')));
  });
  return seen;
}

describe('the current phase through the sync', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (id: string, token: string) => {
    const client = connectClient(server.wsUrl, id, token, current);
    clients.push(client);
    return client;
  };
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it('refuses a raw editor client’s phase write with 4403: not stored, not relayed; the owner’s goes through', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const editor = await createLink(server.url, id, ownerToken, 'editor');
    const set = await api(server.url, 'PUT', `/api/concepts/${id}/phase`, {
      token: ownerToken,
      body: { phase: 'bestandsaufnahme' },
    });
    expect(set.status).toBe(200);

    // Joining after the phase changed: its first answer carries the whole delete set, the replaced phase included.
    const writer = connect(id, editor.token);
    const other = connect(id, editor.token);
    await Promise.all([writer.firstSync, other.firstSync]);
    const seen = phasesSeen(other);

    // An editor's ordinary writes still go through.
    updateMeta(writer.doc, { title: 'Handlungskonzept 2027' });
    await waitFor(() => readMeta(other.doc).title === 'Handlungskonzept 2027', 'the title reaches the other');

    writer.doc.getMap(keys.META).set('phase', 'beschluss');
    expect(await writer.closed).toBe(4403);
    updateMeta(writer.doc, { title: 'nach dem Schließen' });
    const roomPhase = () => server.server.context.rooms.use(id, (room) => readMeta(room.doc).phase);
    expect(roomPhase()).toBe('bestandsaufnahme');
    server.server.context.rooms.use(id, (room) => room.compact());
    expect(readMeta(readStoredDoc(server.dataDir, id)).phase).toBe('bestandsaufnahme');
    expect(server.logs.some((line) => line.includes('phase-owner-only'))).toBe(true);

    // Deleting the phase is refused the same way.
    const deleter = connect(id, editor.token);
    await deleter.firstSync;
    deleter.doc.getMap(keys.META).delete('phase');
    expect(await deleter.closed).toBe(4403);
    expect(roomPhase()).toBe('bestandsaufnahme');

    // The owner's raw client may set it, and the others see it.
    const owner = connect(id, ownerToken);
    await owner.firstSync;
    owner.doc.getMap(keys.META).set('phase', 'priorisierung');
    await waitFor(() => readMeta(other.doc).phase === 'priorisierung', 'the owner’s phase reaches the other');
    expect(roomPhase()).toBe('priorisierung');
    expect(seen).toEqual(['priorisierung']);
    expect(readMeta(other.doc).title).toBe('Handlungskonzept 2027');
    expect(other.provider.wsconnected).toBe(true);
  });

  it('refuses a phase stored as a shared text an editor then types into', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const editor = await createLink(server.url, id, ownerToken, 'editor');
    const owner = connect(id, ownerToken);
    await owner.firstSync;
    const text = new Y.Text('bestandsaufnahme');
    owner.doc.getMap(keys.META).set('phase', text);
    const writer = connect(id, editor.token);
    await writer.firstSync;
    const stored = writer.doc.getMap(keys.META).get('phase') as Y.Text;
    expect(stored.toString()).toBe('bestandsaufnahme');
    stored.insert(0, 'x');
    expect(await writer.closed).toBe(4403);
    const phase = server.server.context.rooms.use(id, (room) =>
      String(room.doc.getMap(keys.META).get('phase')),
    );
    expect(phase).toBe('bestandsaufnahme');
  });
});
