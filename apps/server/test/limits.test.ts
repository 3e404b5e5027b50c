import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncOptions } from '../src/sync/SyncOptions.ts';
import { connectClient, type TestClient } from './connectClient.ts';
import { createConcept } from './factories.ts';
import { openRawSocket } from './rawSocket.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

function awarenessFrame(states: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, states.length);
  for (const { clientId, clock, state } of states) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

describe('limits', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  async function setup(sync: Partial<SyncOptions>) {
    server = await startServer({ logger: false, sync });
    const concept = await createConcept(server.url);
    const watcher = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    clients.push(watcher);
    await watcher.firstSync;
    return { ...concept, watcher };
  }
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.dispose();
  });

  it('closes a writer that would grow the concept past its size limit with 4413, storing nothing', async () => {
    const { id, ownerToken, watcher } = await setup({ maxDocBytes: 20_000 });
    const writer = connectClient(server.wsUrl, id, ownerToken);
    clients.push(writer);
    await writer.firstSync;
    const rows = server.server.context.store.docs.load(id).updates.length;
    writer.doc.getText('t').insert(0, 'x'.repeat(30_000));
    expect(await writer.closed).toBe(4413);
    expect(server.server.context.store.docs.load(id).updates.length).toBe(rows);
    expect(watcher.doc.getText('t').length).toBe(0);
    expect(watcher.provider.wsconnected).toBe(true);
  });

  it('closes a client whose single edit is over the message limit with 4414, once: it does not reconnect', async () => {
    const { id, ownerToken, watcher } = await setup({ maxMessageBytes: 20_000 });
    const writer = connectClient(server.wsUrl, id, ownerToken);
    clients.push(writer);
    await writer.firstSync;
    const rows = server.server.context.store.docs.load(id).updates.length;
    let opened = 0;
    writer.provider.on('status', ({ status }) => {
      if (status === 'connected') opened++;
    });
    writer.doc.getText('t').insert(0, 'x'.repeat(30_000));
    expect(await writer.closed).toBe(4414);
    // y-websocket retried a 1009 about every 300 ms here; give it time to show a retry.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(opened).toBe(0);
    expect(writer.provider.shouldConnect).toBe(false);
    expect(server.server.context.store.docs.load(id).updates.length).toBe(rows);
    expect(watcher.doc.getText('t').length).toBe(0);
    expect(watcher.provider.wsconnected).toBe(true);
  });

  it('leaves a frame beyond the bytes a socket may buffer to `ws`, which closes with 1009 unread', async () => {
    const { id, ownerToken } = await setup({ maxMessageBytes: 1000, maxBufferedBytes: 50_000 });
    const raw = await openRawSocket(server.wsUrl, id, ownerToken);
    raw.ws.send(new Uint8Array(60_000));
    expect((await raw.closed).code).toBe(1009);
  });

  it('delays messages over the rate limit instead of dropping them', async () => {
    const { id, ownerToken, watcher } = await setup({ rateBurst: 5, ratePerSecond: 40 });
    const raw = await openRawSocket(server.wsUrl, id, ownerToken);
    const started = Date.now();
    for (let clock = 1; clock <= 25; clock++)
      raw.ws.send(awarenessFrame([{ clientId: 777, clock, state: { n: clock } }]));
    await waitFor(
      () => (watcher.provider.awareness.getStates().get(777) as { n?: number })?.n === 25,
      'all applied',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    raw.ws.close();
  });

  it('limits awareness: states per socket (1008) and size (1009)', async () => {
    const { id, ownerToken } = await setup({ maxClientsPerConnection: 2, maxAwarenessBytes: 1000 });
    const many = await openRawSocket(server.wsUrl, id, ownerToken);
    many.ws.send(awarenessFrame([1, 2, 3].map((clientId) => ({ clientId, clock: 1, state: {} }))));
    expect((await many.closed).code).toBe(1008);
    const big = await openRawSocket(server.wsUrl, id, ownerToken);
    big.ws.send(awarenessFrame([{ clientId: 9, clock: 1, state: { name: 'x'.repeat(2000) } }]));
    expect((await big.closed).code).toBe(1009);
  });

  it('turns away sockets beyond the per-concept limit with 1013', async () => {
    const { id, ownerToken } = await setup({ maxConnectionsPerConcept: 1 });
    const extra = await openRawSocket(server.wsUrl, id, ownerToken);
    expect((await extra.closed).code).toBe(1013);
  });
});
