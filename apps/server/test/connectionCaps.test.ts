import { afterEach, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../src/createServer.ts';
import { createConcept, createLink } from './factories.ts';
import { openRawSocket, type RawSocket } from './rawSocket.ts';
import { startServer, type TestServer } from './startServer.ts';

describe('caps per link and per address', () => {
  let server: TestServer;
  const sockets: RawSocket[] = [];
  async function setup(options: Partial<ServerOptions>) {
    server = await startServer({ logger: false, ...options });
    return createConcept(server.url);
  }
  async function open(conceptId: string, token: string, headers: Record<string, string> = {}) {
    const socket = await openRawSocket(server.wsUrl, conceptId, token, headers);
    sockets.push(socket);
    return socket;
  }
  // A frame from the server shows the socket was let in; a refused one is closed before anything is sent.
  async function admitted(socket: RawSocket): Promise<boolean> {
    return Promise.race([socket.firstFrame.then(() => true), socket.closed.then(() => false)]);
  }
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.ws.terminate();
    await server.dispose();
  });

  it('keeps room for editors and owners that a viewer link cannot take', async () => {
    const { id, ownerToken } = await setup({
      sync: { maxConnectionsPerConcept: 4, connectionsKeptForWriters: 2 },
    });
    const viewer = await createLink(server.url, id, ownerToken, 'viewer');
    const editor = await createLink(server.url, id, ownerToken, 'editor');
    expect(await admitted(await open(id, viewer.token))).toBe(true);
    expect(await admitted(await open(id, viewer.token))).toBe(true);
    const third = await open(id, viewer.token);
    expect(await third.closed).toEqual({ code: 1013, reason: 'readers-full' });
    expect(await admitted(await open(id, editor.token))).toBe(true);
    expect(await admitted(await open(id, ownerToken))).toBe(true);
    expect((await (await open(id, ownerToken)).closed).reason).toBe('concept-full');
  });

  it('caps the sockets of one link', async () => {
    const { id, ownerToken } = await setup({ sync: { maxConnectionsPerLink: 2 } });
    const viewer = await createLink(server.url, id, ownerToken, 'viewer');
    await open(id, viewer.token);
    expect(await admitted(await open(id, viewer.token))).toBe(true);
    expect(await (await open(id, viewer.token)).closed).toEqual({ code: 1013, reason: 'link-full' });
    const other = await createLink(server.url, id, ownerToken, 'viewer');
    expect(await admitted(await open(id, other.token))).toBe(true);
  });

  it('caps the sockets of one address, as the trusted proxy forwards it', async () => {
    const { id, ownerToken } = await setup({
      trustProxy: '127.0.0.1',
      sync: { maxConnectionsPerAddress: 2 },
    });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    await open(id, ownerToken, from('203.0.113.7'));
    expect(await admitted(await open(id, ownerToken, from('203.0.113.7')))).toBe(true);
    const third = await open(id, ownerToken, from('203.0.113.7'));
    expect(await third.closed).toEqual({ code: 1013, reason: 'address-full' });
    expect(await admitted(await open(id, ownerToken, from('203.0.113.8')))).toBe(true);
  });

  it('without a trusted proxy, a forwarded address does not count: the socket address does', async () => {
    const { id, ownerToken } = await setup({ sync: { maxConnectionsPerAddress: 1 } });
    await open(id, ownerToken, { 'x-forwarded-for': '203.0.113.7' });
    const second = await open(id, ownerToken, { 'x-forwarded-for': '203.0.113.8' });
    expect((await second.closed).reason).toBe('address-full');
  });

  it('answers exports beyond the rate of one link with 429, a German message and Retry-After', async () => {
    const { id, ownerToken } = await setup({ exportsPerMinute: 2 });
    const viewer = await createLink(server.url, id, ownerToken, 'viewer');
    const exportWith = (token: string) =>
      fetch(`${server.url}/api/concepts/${id}/export.docx`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await exportWith(viewer.token)).status).toBe(200);
    expect((await exportWith(viewer.token)).status).toBe(200);
    const refused = await exportWith(viewer.token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('exports-rate-limited');
    expect(body.error.message).toMatch(/Word-Dokumente.*Wieder möglich in \d+ Sekunden/);
    expect((await exportWith(ownerToken)).status).toBe(200);
  });
});
