import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept } from './factories.ts';
import { openRawSocket } from './rawSocket.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

function pseudoRandomBytes(seed: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = x >>> 16;
  }
  return bytes;
}

function updateFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(encoder);
}

function awarenessFrame(json: string): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, 42);
  encoding.writeVarUint(inner, 1);
  encoding.writeVarString(inner, json);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

describe('malformed frames', () => {
  let server: TestServer;
  let concept: { id: string; ownerToken: string };
  let healthy: TestClient;
  let other: TestClient;

  beforeAll(async () => {
    server = await startServer({ sync: { maxMessageBytes: 64 * 1024 } });
    concept = await createConcept(server.url);
    healthy = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    other = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    await Promise.all([healthy.firstSync, other.firstSync]);
  });
  afterAll(async () => {
    healthy.destroy();
    other.destroy();
    await server.dispose();
  });

  async function expectRefused(frame: Uint8Array | string, code: number): Promise<void> {
    const raw = await openRawSocket(server.wsUrl, concept.id, concept.ownerToken);
    raw.ws.send(frame);
    expect((await raw.closed).code).toBe(code);
  }

  it('closes a socket sending random bytes with 4400', async () => {
    for (let seed = 1; seed <= 20; seed++)
      await expectRefused(pseudoRandomBytes(seed, 1 + ((seed * 37) % 200)), 4400);
  });

  it('closes a socket sending truncated or corrupted messages with 4400, storing nothing', async () => {
    const rowsBefore = server.server.context.store.docs.load(concept.id).updates.length;
    const frame = updateFrame('abgeschnitten');
    for (const cut of [1, 2, 3, frame.length >> 1, frame.length - 1])
      await expectRefused(frame.slice(0, cut), 4400);
    const corrupted = frame.slice();
    corrupted.fill(0xff, 4, 12);
    await expectRefused(corrupted, 4400);
    await expectRefused(new Uint8Array([...frame, 7]), 4400);
    await expectRefused(new Uint8Array([9, 1, 2]), 4400);
    await expectRefused(awarenessFrame('{kein json'), 4400);
    expect(server.server.context.store.docs.load(concept.id).updates.length).toBe(rowsBefore);
  });

  it('closes a socket sending text with 1003 and an oversized message with 4414 (final, so no retry loop)', async () => {
    await expectRefused('hallo', 1003);
    await expectRefused(updateFrame('x'.repeat(100 * 1024)), 4414);
  });

  it('leaves healthy connections, other concepts and the process alone, with one log line per refusal', async () => {
    expect(healthy.provider.wsconnected && other.provider.wsconnected).toBe(true);
    healthy.doc.getText('t').insert(0, 'noch da');
    await waitFor(() => other.doc.getText('t').toString() === 'noch da', 'healthy clients still sync');
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
    const lines = server.logs.map((line) => JSON.parse(line));
    const refusals = lines.filter((l) => l.event === 'ws-refused-message');
    expect(refusals.map((l) => l.code)).toEqual([...Array(20 + 9).fill(4400), 4414]);
    expect(refusals.every((l) => typeof l.reason === 'string')).toBe(true);
    expect(refusals.at(-1)).toMatchObject({ reason: 'message-too-large' });
    expect(lines.filter((l) => l.event === 'ws-error')).toEqual([]);
    expect(lines.filter((l) => l.event === 'ws-close').map((l) => l.code)).toEqual([1003]);
    expect(lines.filter((l) => l.event === 'ws-closed').map((l) => l.code)).toEqual([]);
  });
});
