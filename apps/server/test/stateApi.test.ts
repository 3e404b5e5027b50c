import { readMeta, sampleConcept, toJSON } from '@werkbank/concept';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PIECES_TYPE, stateEncoding } from '../src/routes/stateRoutes.ts';
import { connectClient } from './connectClient.ts';
import { api, createConcept, createLink, createWorkshop, newConceptBody } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

describe('GET /api/concepts/:id/state', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.dispose());

  const state = (id: string, token: string | null, acceptEncoding?: string) =>
    fetch(`${server.url}/api/concepts/${id}/state`, {
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      },
    });

  it('gives every reader the concept as the sync socket has it, compressed as the client accepts', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const viewer = await createLink(server.url, id, ownerToken, 'viewer');
    const client = connectClient(server.wsUrl, id, ownerToken);
    await client.firstSync;
    for (const [token, accept, encoding] of [
      [ownerToken, 'gzip, deflate, br', 'br'],
      [viewer.token, 'gzip', 'gzip'],
      [viewer.token, 'identity', null],
    ] as const) {
      const response = await state(id, token, accept);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('cache-control')).toBe('no-store');
      // fetch undoes the compression.
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
      expect(readMeta(doc).title).toBe(newConceptBody.title);
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(client.doc));
    }
    client.destroy();
  });

  it('gives a large concept in pieces that, applied one after another, are the concept', async () => {
    const imported = await api(server.url, 'POST', '/api/concepts/import', {
      body: sampleConcept({ fields: 6, goals: 20, measures: 120 }),
    });
    expect(imported.status).toBe(201);
    const { id, ownerToken } = imported.body as { id: string; ownerToken: string };
    const whole = new Y.Doc();
    Y.applyUpdate(whole, new Uint8Array(await (await state(id, ownerToken)).arrayBuffer()));
    for (const accept of ['br', 'gzip', 'identity']) {
      const response = await fetch(`${server.url}/api/concepts/${id}/state?pieces=1`, {
        headers: { authorization: `Bearer ${ownerToken}`, 'accept-encoding': accept },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(PIECES_TYPE);
      const decoder = decoding.createDecoder(new Uint8Array(await response.arrayBuffer()));
      const count = decoding.readVarUint(decoder);
      expect(count).toBeGreaterThan(1);
      const doc = new Y.Doc();
      for (let i = 0; i < count; i++) {
        Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
        expect(doc.store.pendingStructs).toBeNull();
      }
      expect(decoding.hasContent(decoder)).toBe(false);
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(whole));
      expect(toJSON(doc)).toEqual(toJSON(whole));
    }
    const bad = await fetch(`${server.url}/api/concepts/${id}/state?pieces=ja`, {
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid-query');
  });

  it('refuses a missing token, a workshop link, and an unknown concept like a wrong token', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const workshop = await createWorkshop(server, { id, ownerToken });
    expect((await state(id, null)).status).toBe(401);
    expect((await state(id, workshop.token)).status).toBe(403);
    // So ids cannot be probed (docs/API.md).
    expect((await state('000000000000000000000000', ownerToken)).status).toBe(401);
  });

  it('takes at most 30 loads a minute per link, then says when to come back', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const editor = await createLink(server.url, id, ownerToken, 'editor');
    for (let i = 0; i < 30; i++) expect((await state(id, editor.token)).status).toBe(200);
    const refused = await state(id, editor.token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /sehr oft geladen/,
    );
    // Another link of the same concept is not held back.
    expect((await state(id, ownerToken)).status).toBe(200);
  });
});

describe('stateEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(stateEncoding('gzip, deflate, br')).toBe('br');
    expect(stateEncoding('gzip;q=0.8, br;q=0')).toBe('gzip');
    expect(stateEncoding('deflate')).toBeNull();
    expect(stateEncoding(undefined)).toBeNull();
    expect(stateEncoding(' GZIP ')).toBe('gzip');
  });
});
