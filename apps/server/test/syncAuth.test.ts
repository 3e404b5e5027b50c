import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept, createLink, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

/** Opens a raw socket and resolves with the close code the server sends. */
function closeCodeOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('close', (code) => resolve(code));
    ws.on('error', reject);
  });
}

describe('sync refusals', () => {
  let server: TestServer;
  let concept: { id: string; ownerToken: string };
  const clients: TestClient[] = [];
  function client(token: string | undefined, conceptId = concept.id): TestClient {
    const c = connectClient(server.wsUrl, conceptId, token);
    clients.push(c);
    return c;
  }

  beforeAll(async () => {
    server = await startServer();
    concept = await createConcept(server.url);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.dispose();
  });

  it('refuses missing and wrong tokens with 4401, and the client stops retrying', async () => {
    expect(await client(undefined).closed).toBe(4401);
    const wrong = client('x'.repeat(43));
    expect(await wrong.closed).toBe(4401);
    expect(wrong.provider.shouldConnect).toBe(false);
  });

  it("refuses another concept's token with 4401", async () => {
    const other = await createConcept(server.url);
    expect(await client(other.ownerToken).closed).toBe(4401);
  });

  it('refuses a revoked token, and revoking closes its open sockets with 4401', async () => {
    const editor = await createLink(server.url, concept.id, concept.ownerToken, 'editor');
    const open = client(editor.token);
    await open.firstSync;
    const revoke = await api(server.url, 'DELETE', `/api/concepts/${concept.id}/links/${editor.id}`, {
      token: concept.ownerToken,
    });
    expect(revoke.status).toBe(204);
    expect(await open.closed).toBe(4401);
    expect(await client(editor.token).closed).toBe(4401);
  });

  it('refuses an expired token with 4401 and closes a socket when its link expires', async () => {
    const soon = new Date(Date.now() + 1500).toISOString();
    const link = await createLink(server.url, concept.id, concept.ownerToken, 'editor', { expiresAt: soon });
    const open = client(link.token);
    await open.firstSync;
    expect(await open.closed).toBe(4401);
    expect(await client(link.token).closed).toBe(4401);
  });

  it('gives a workshop token 4403: participants never receive the document', async () => {
    const workshop = await createWorkshop(server, concept);
    const c = client(workshop.token);
    let received = false;
    c.doc.on('update', () => {
      received = true;
    });
    expect(await c.closed).toBe(4403);
    expect(received).toBe(false);
  });

  it('closes every socket of a deleted concept with 4404', async () => {
    const doomed = await createConcept(server.url);
    const c = client(doomed.ownerToken, doomed.id);
    await c.firstSync;
    expect(
      (await api(server.url, 'DELETE', `/api/concepts/${doomed.id}`, { token: doomed.ownerToken })).status,
    ).toBe(204);
    expect(await c.closed).toBe(4404);
    expect(await client(doomed.ownerToken, doomed.id).closed).toBe(4401);
  });

  it('answers upgrades on other paths with 404', async () => {
    await expect(closeCodeOf(`ws://127.0.0.1:${server.port}/elsewhere`)).rejects.toThrow(/404/);
  });

  it('survives malformed upgrade requests', async () => {
    for (const path of ['http://[', '/sync/%E0%A4%A?token=x', '/sync/a/b']) {
      await new Promise<void>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(
            `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
              'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
          );
        });
        socket.on('data', () => socket.end());
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
      });
    }
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('never writes a token into the log', async () => {
    const all = server.logs.join('');
    expect(all).toContain('ws-refused');
    expect(all).not.toContain(concept.ownerToken);
    for (const line of server.logs) expect(() => JSON.parse(line)).not.toThrow();
  });
});
