import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type ServerOptions } from '../src/createServer.ts';
import { connectClient } from './connectClient.ts';
import { api, createConcept, newConceptBody } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

function countConcepts(server: TestServer): number {
  const row = server.server.context.store.db.prepare('SELECT count(*) AS n FROM concepts').get();
  return (row as { n: number }).n;
}

describe('creation limit', () => {
  let server: TestServer;
  afterEach(() => server.dispose());

  async function start(options: Partial<ServerOptions>): Promise<TestServer> {
    server = await startServer(options);
    return server;
  }

  /** POST /api/concepts as if from `ip` (fastify's inject sets the socket's remote address). */
  function createFrom(ip: string, headers: Record<string, string> = {}) {
    return server.server.app.inject({
      method: 'POST',
      url: '/api/concepts',
      payload: newConceptBody,
      remoteAddress: ip,
      headers,
    });
  }

  it('answers the creation past the limit with 429, Retry-After and the usual error JSON, storing nothing', async () => {
    const { url } = await start({ creationLimit: { max: 3, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) await createConcept(url);
    const response = await fetch(`${url}/api/concepts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(newConceptBody),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { error } = await response.json();
    expect(error).toEqual({
      code: 'rate-limited',
      message: expect.stringMatching(/zu viele Konzepte.*Bitte in \d+ Sekunden erneut versuchen\.$/),
      message_en: expect.stringMatching(/Too many concepts.*try again in \d+ seconds\.$/),
    });
    expect(countConcepts(server)).toBe(3);
    expect(server.logs.some((line) => JSON.parse(line).event === 'rate-limited')).toBe(true);
  });

  it('counts imports and creations together', async () => {
    const { url } = await start({ creationLimit: { max: 3, windowMs: 60_000 } });
    const source = await createConcept(url);
    const json = (await api(url, 'GET', `/api/concepts/${source.id}`, { token: source.ownerToken })).body;
    expect((await api(url, 'POST', '/api/concepts/import', { body: json })).status).toBe(201);
    expect((await api(url, 'POST', '/api/concepts/import', { body: json })).status).toBe(201);
    const refused = await api(url, 'POST', '/api/concepts/import', { body: json });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate-limited');
    expect((await api(url, 'POST', '/api/concepts', { body: newConceptBody })).status).toBe(429);
    expect(countConcepts(server)).toBe(3);
  });

  it('leaves reads, sync and the other writes alone', async () => {
    const { url, wsUrl } = await start({ creationLimit: { max: 1, windowMs: 60_000 } });
    const { id, ownerToken } = await createConcept(url);
    expect((await api(url, 'POST', '/api/concepts', { body: newConceptBody })).status).toBe(429);
    const token = ownerToken;
    for (let i = 0; i < 3; i++) {
      expect((await api(url, 'GET', '/api/health')).status).toBe(200);
      expect((await api(url, 'GET', '/api/templates')).status).toBe(200);
      expect((await api(url, 'GET', `/api/concepts/${id}`, { token })).status).toBe(200);
      expect((await api(url, 'GET', `/api/concepts/${id}/summary`, { token })).status).toBe(200);
      const link = await api(url, 'POST', `/api/concepts/${id}/links`, { token, body: { role: 'editor' } });
      expect(link.status).toBe(201);
      const version = await api(url, 'POST', `/api/concepts/${id}/versions`, {
        token,
        body: { name: `V${i}` },
      });
      expect(version.status).toBe(201);
    }
    const health = await fetch(`${url}/api/health`);
    expect(health.headers.get('x-ratelimit-limit')).toBeNull();
    const client = connectClient(wsUrl, id, ownerToken);
    try {
      const doc = await client.firstSync;
      expect(doc.share.size).toBeGreaterThan(0);
    } finally {
      client.destroy();
    }
  });

  it('keeps a count per client address', async () => {
    await start({ creationLimit: { max: 2, windowMs: 60_000 } });
    expect((await createFrom('203.0.113.7')).statusCode).toBe(201);
    expect((await createFrom('203.0.113.7')).statusCode).toBe(201);
    expect((await createFrom('203.0.113.7')).statusCode).toBe(429);
    expect((await createFrom('203.0.113.8')).statusCode).toBe(201);
    expect((await createFrom('2001:db8::1')).statusCode).toBe(201);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted, and then counts the address the proxy saw', async () => {
    await start({ creationLimit: { max: 1, windowMs: 60_000 } });
    expect((await createFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.1' })).statusCode).toBe(201);
    expect((await createFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.2' })).statusCode).toBe(429);
    await server.dispose();

    await start({ creationLimit: { max: 1, windowMs: 60_000 }, trustProxy: '127.0.0.1' });
    expect((await createFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.1' })).statusCode).toBe(201);
    expect((await createFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.2' })).statusCode).toBe(201);
    // A client cannot pick its own address by sending X-Forwarded-For for the proxy to append to.
    const spoofed = await createFrom('127.0.0.1', { 'x-forwarded-for': '192.0.2.99, 198.51.100.1' });
    expect(spoofed.statusCode).toBe(429);
  });

  it('lets the client create again once the window has passed', async () => {
    const { url } = await start({ creationLimit: { max: 1, windowMs: 300 } });
    await createConcept(url);
    const refused = await fetch(`${url}/api/concepts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(newConceptBody),
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await api(url, 'POST', '/api/concepts', { body: newConceptBody })).status).toBe(201);
  });

  it('keeps counting across a restart, without storing the address itself', async () => {
    await start({ creationLimit: { max: 2, windowMs: 60_000 } });
    expect((await createFrom('198.51.100.7')).statusCode).toBe(201);
    expect((await createFrom('198.51.100.7')).statusCode).toBe(201);
    await server.restart();
    expect((await createFrom('198.51.100.7')).statusCode).toBe(429);
    expect((await createFrom('198.51.100.8')).statusCode).toBe(201);
    const keys = server.server.context.store.db.prepare('SELECT key FROM rate_counts').all() as {
      key: string;
    }[];
    expect(keys).toHaveLength(2);
    expect(keys.some(({ key }) => key.includes('198.51.100'))).toBe(false);
  });
});

describe('creation limit setting', () => {
  it('must be whole numbers of at least 1, checked before anything is opened', () => {
    const dataDir = join(tmpdir(), 'werkbank-never-created');
    for (const creationLimit of [{ max: 0 }, { windowMs: Number.NaN }, { max: 2.5 }]) {
      expect(() => createServer({ dataDir, creationLimit })).toThrow(/^creationLimit\./);
    }
    expect(existsSync(dataDir)).toBe(false);
  });
});
