import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from './connectClient.ts';
import { createConcept, createLink } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

function paragraph(doc: Y.Doc, text: string): void {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').push([p]);
}

function bodyText(doc: Y.Doc): string {
  return doc.getXmlFragment('body').toString();
}

describe('sync', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  function client(conceptId: string, token: string): TestClient {
    const c = connectClient(server.wsUrl, conceptId, token);
    clients.push(c);
    return c;
  }

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.dispose();
  });

  it('two clients converge, and a template concept arrives with its first sync', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const editor = await createLink(server.url, id, ownerToken, 'editor');
    const a = client(id, ownerToken);
    const b = client(id, editor.token);
    const first = await a.firstSync;
    expect(first.getMap('meta').get('title')).toBe('Handlungskonzept gegen Rassismus');
    await b.firstSync;
    paragraph(a.doc, 'von A');
    paragraph(b.doc, 'von B');
    await waitFor(() => bodyText(a.doc) === bodyText(b.doc) && bodyText(a.doc).includes('von B'), 'converge');
    expect(bodyText(b.doc)).toContain('von A');
  });

  it('content survives a restart, and the first sync after it already holds the content', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const a = client(id, ownerToken);
    await a.firstSync;
    paragraph(a.doc, 'vor dem Neustart');
    const rooms = server.server.context.rooms;
    await waitFor(() => rooms.use(id, (room) => bodyText(room.doc)).includes('vor dem Neustart'), 'arrived');
    a.destroy();
    await server.restart();
    const b = client(id, ownerToken);
    const first = await b.firstSync;
    expect(bodyText(first)).toContain('vor dem Neustart');
  });

  it('a client offline during a restart re-syncs its changes on reconnect', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const a = client(id, ownerToken);
    await a.firstSync;
    await server.stop();
    await waitFor(() => !a.provider.wsconnected, 'a notices the server is gone');
    paragraph(a.doc, 'offline geschrieben');
    await server.restart();
    await waitFor(() => a.provider.synced, 'a reconnects');
    const b = client(id, ownerToken);
    await b.firstSync;
    await waitFor(() => bodyText(b.doc).includes('offline geschrieben'), 'b sees the offline edit');
  });

  it("drops a viewer's edits (nobody receives them, nothing is stored) but relays its awareness", async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const viewer = await createLink(server.url, id, ownerToken, 'viewer');
    const owner = client(id, ownerToken);
    const v = client(id, viewer.token);
    await owner.firstSync;
    await v.firstSync;
    const rowsBefore = server.server.context.store.docs.load(id).updates.length;
    paragraph(v.doc, 'vom Lesezugang');
    v.provider.awareness.setLocalStateField('user', { name: 'Leserin' });
    await waitFor(() => owner.provider.awareness.getStates().has(v.doc.clientID), 'viewer awareness arrives');
    paragraph(owner.doc, 'vom Eigentümer');
    await waitFor(() => bodyText(v.doc).includes('vom Eigentümer'), 'owner edit reaches viewer');
    expect(bodyText(owner.doc)).not.toContain('vom Lesezugang');
    const late = client(id, ownerToken);
    const first = await late.firstSync;
    expect(bodyText(first)).toContain('vom Eigentümer');
    expect(bodyText(first)).not.toContain('vom Lesezugang');
    const stored = server.server.context.store.docs.load(id);
    expect(stored.updates.length).toBe(rowsBefore + 1);
  });
});
