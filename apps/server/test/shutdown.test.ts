import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createConcept } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

/**
 * A WebSocket client that completes the handshake and then never answers, not even the close frame, so the
 * server's shutdown drain has to wait for it.
 */
async function openDeafSocket(port: number, path: string): Promise<() => void> {
  const socket = connect(port, '127.0.0.1');
  let response = '';
  socket.on('data', (chunk) => {
    response += chunk.toString('latin1');
  });
  socket.on('error', () => {});
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  await waitFor(() => response.startsWith('HTTP/1.1 101'), 'handshake');
  return () => socket.destroy();
}

/** Tries an upgrade: 'open', or the HTTP status it was refused with, or 'error' when nothing answered. */
function tryUpgrade(url: string): Promise<'open' | number | 'error'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      resolve('open');
      ws.terminate();
    });
    ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.on('error', () => resolve('error'));
  });
}

describe('shutdown', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.dispose();
  });

  it('accepts no new sockets while it waits for the open ones to close', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const path = `/sync/${id}?token=${ownerToken}`;
    const release = await openDeafSocket(server.port, path);
    const closing = server.stop();
    expect(await tryUpgrade(`ws://127.0.0.1:${server.port}${path}`)).toBe(503);
    release();
    await closing;
  });
});
