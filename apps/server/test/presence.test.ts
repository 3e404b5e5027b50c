import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './connectClient.ts';
import { createConcept, createLink } from './factories.ts';
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

function nameOf(client: TestClient, clientId: number): string | undefined {
  return (client.provider.awareness.getStates().get(clientId) as { user?: { name?: string } })?.user?.name;
}

describe('presence', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.dispose();
  });

  it('25 people joining one by one all stay connected and everyone sees all 25', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const closes: number[] = [];
    for (let i = 0; i < 25; i++) {
      const client = connectClient(server.wsUrl, id, ownerToken);
      client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
      client.provider.awareness.setLocalStateField('user', { name: `Person ${i + 1}` });
      clients.push(client);
      await client.firstSync;
    }
    const ids = clients.map((c) => c.doc.clientID);
    const seesEveryone = (c: TestClient) =>
      ids.every((clientId) => c.provider.awareness.getStates().has(clientId));
    await waitFor(() => clients.every(seesEveryone), 'everyone sees all 25', 10_000);
    expect(closes).toEqual([]);
    expect(clients.every((c) => c.provider.wsconnected)).toBe(true);
  });

  it('someone whose socket dropped is seen again at once after the client reconnects', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const aylin = connectClient(server.wsUrl, id, ownerToken);
    const watcher = connectClient(server.wsUrl, id, ownerToken);
    clients.push(aylin, watcher);
    aylin.provider.awareness.setLocalStateField('user', { name: 'Aylin' });
    await waitFor(() => nameOf(watcher, aylin.doc.clientID) === 'Aylin', 'watcher sees Aylin');
    aylin.provider.ws?.close();
    await waitFor(() => !watcher.provider.awareness.getStates().has(aylin.doc.clientID), 'Aylin is gone');
    // Well before y-protocols' 15 s renewal would bring her back.
    await waitFor(() => nameOf(watcher, aylin.doc.clientID) === 'Aylin', 'watcher sees Aylin again', 5000);
  });

  it('a late echo of someone who left does not bring them back', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const relay = await openRawSocket(server.wsUrl, id, ownerToken);
    relay.ws.send(awarenessFrame([{ clientId: 1, clock: 1, state: { user: { name: 'Relais' } } }]));
    const leaving = await openRawSocket(server.wsUrl, id, ownerToken);
    leaving.ws.send(awarenessFrame([{ clientId: 2, clock: 5, state: { user: { name: 'Geht' } } }]));
    const watcher = connectClient(server.wsUrl, id, ownerToken);
    clients.push(watcher);
    await waitFor(() => nameOf(watcher, 2) === 'Geht', 'watcher sees who will leave');
    leaving.ws.close();
    await waitFor(() => !watcher.provider.awareness.getStates().has(2), 'gone');
    relay.ws.send(awarenessFrame([{ clientId: 2, clock: 5, state: { user: { name: 'Geht' } } }]));
    relay.ws.send(awarenessFrame([{ clientId: 1, clock: 2, state: { user: { name: 'Marke' } } }]));
    await waitFor(() => nameOf(watcher, 1) === 'Marke', 'marker arrives');
    expect(watcher.provider.awareness.getStates().has(2)).toBe(false);
    relay.ws.close();
  });

  it("a socket can neither overwrite nor remove another socket's presence", async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const viewer = await createLink(server.url, id, ownerToken, 'viewer');
    const aylin = connectClient(server.wsUrl, id, ownerToken);
    const watcher = connectClient(server.wsUrl, id, ownerToken);
    clients.push(aylin, watcher);
    aylin.provider.awareness.setLocalStateField('user', { name: 'Aylin' });
    await waitFor(() => nameOf(watcher, aylin.doc.clientID) === 'Aylin', 'watcher sees Aylin');
    const spoofer = await openRawSocket(server.wsUrl, id, viewer.token);
    const clientId = aylin.doc.clientID;
    spoofer.ws.send(awarenessFrame([{ clientId, clock: 1000, state: { user: { name: 'Gefälscht' } } }]));
    spoofer.ws.send(awarenessFrame([{ clientId, clock: 1001, state: null }]));
    // A marker state from the spoofer's own id shows its frames were handled before we look.
    spoofer.ws.send(awarenessFrame([{ clientId: 4242, clock: 1, state: { user: { name: 'Marke' } } }]));
    await waitFor(() => nameOf(watcher, 4242) === 'Marke', 'marker arrives');
    expect(nameOf(watcher, clientId)).toBe('Aylin');
    expect(spoofer.ws.readyState).toBe(spoofer.ws.OPEN);
    spoofer.ws.close();
  });

  it('does not echo awareness back to its sender', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const raw = await openRawSocket(server.wsUrl, id, ownerToken);
    const received: Buffer[] = [];
    raw.ws.on('message', (data) => received.push(data as Buffer));
    const state = { user: { name: 'Echo-Prüfung' } };
    raw.ws.send(awarenessFrame([{ clientId: 31337, clock: 1, state }]));
    // In the batch that would have carried the echo, the sender gets an empty update (a sign of life).
    const empty = (frame: Buffer) => frame.length === 3 && frame[0] === 1 && frame[1] === 1 && frame[2] === 0;
    await waitFor(() => received.some(empty), 'an empty awareness update');
    expect(received.some((frame) => frame.includes('Echo-Prüfung'))).toBe(false);
    raw.ws.close();
  });

  it('closes a socket whose own presence state is over the size limit with 1009, but not for relayed ones', async () => {
    server = await startServer({ logger: false, sync: { maxAwarenessStateBytes: 500 } });
    const { id, ownerToken } = await createConcept(server.url);
    const big = { user: { name: 'x'.repeat(600) } };
    const first = await openRawSocket(server.wsUrl, id, ownerToken);
    first.ws.send(awarenessFrame([{ clientId: 1, clock: 1, state: { user: { name: 'Eins' } } }]));
    const watcher = connectClient(server.wsUrl, id, ownerToken);
    clients.push(watcher);
    await waitFor(() => nameOf(watcher, 1) === 'Eins', 'first state arrives');
    // Another socket relaying id 1 (even inflated) is ignored, not refused.
    const relay = await openRawSocket(server.wsUrl, id, ownerToken);
    relay.ws.send(awarenessFrame([{ clientId: 1, clock: 1, state: big }]));
    relay.ws.send(awarenessFrame([{ clientId: 2, clock: 1, state: { user: { name: 'Zwei' } } }]));
    await waitFor(() => nameOf(watcher, 2) === 'Zwei', 'relay socket still works');
    relay.ws.send(awarenessFrame([{ clientId: 2, clock: 2, state: big }]));
    expect((await relay.closed).code).toBe(1009);
    first.ws.close();
  });
});
