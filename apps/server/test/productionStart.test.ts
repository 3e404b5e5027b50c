import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMeasure, readMeasures } from '@werkbank/concept';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept } from './factories.ts';
import { freePort, killServer, spawnServer } from './spawnServer.ts';

const built = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * Sends a sync step 1 on the client's socket and resolves on the server's step 2: the server answers it only
 * after storing every update that came before it, so what the client wrote until now is acknowledged.
 */
function acknowledged(provider: WebsocketProvider): Promise<void> {
  const ws = provider.ws as WebSocket;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
      if (
        decoding.readVarUint(decoder) !== 0 ||
        decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2
      )
        return;
      ws.removeEventListener('message', onMessage);
      resolve();
    };
    ws.addEventListener('message', onMessage);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, provider.doc);
    ws.send(encoding.toUint8Array(encoder));
  });
}

const clients: TestClient[] = [];
let dataDir = '';
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the production start (node dist/main.js)', () => {
  it('runs without a TypeScript loader, and SIGTERM mid-burst loses no acknowledged edit', async () => {
    expect(existsSync(built), 'dist/main.js is missing: run `corepack pnpm build` first').toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'werkbank-prod-'));
    const port = await freePort();
    const env = { BACKUP_INTERVAL_MINUTES: '0' };
    let server = await spawnServer(port, dataDir, 45_000, env, 'built');
    const url = `http://127.0.0.1:${port}`;
    const concept = await createConcept(url);
    // The built worker threads run too: a Word export goes through them.
    const docx = await fetch(`${url}/api/concepts/${concept.id}/export.docx`, {
      headers: { authorization: `Bearer ${concept.ownerToken}` },
    });
    expect(docx.status).toBe(200);

    const writer = connectClient(`ws://127.0.0.1:${port}/sync`, concept.id, concept.ownerToken);
    clients.push(writer);
    await writer.firstSync;
    for (let i = 1; i <= 60; i++) addMeasure(writer.doc, { title: `Bestätigt ${i}` });
    await acknowledged(writer.provider);
    // More edits in flight when the signal comes: they may or may not make it, the acknowledged ones must.
    for (let i = 1; i <= 60; i++) addMeasure(writer.doc, { title: `Unterwegs ${i}` });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    writer.destroy();

    server = await spawnServer(port, dataDir, 45_000, env, 'built');
    try {
      const read = await api(url, 'GET', `/api/concepts/${concept.id}`, { token: concept.ownerToken });
      const titles: string[] = read.body.measures.map((m: { title: string }) => m.title);
      for (let i = 1; i <= 60; i++) expect(titles).toContain(`Bestätigt ${i}`);
      expect(readMeasures(writer.doc).length).toBeGreaterThanOrEqual(titles.length);
    } finally {
      await killServer(server, 'SIGTERM');
    }
  });
});
