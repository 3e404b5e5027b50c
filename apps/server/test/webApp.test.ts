import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './startServer.ts';

describe('web app', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'werkbank-web-'));
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Werkbank</title><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    server = await startServer({ logger: false, webDir });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes, without caching it', async () => {
    for (const path of ['/', '/c/abc123', '/c/abc123?token=x', '/irgendwo/tief']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const response = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps API 404s as JSON and falls back only for GET', async () => {
    const api = await fetch(`${server.url}/api/unbekannt`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${server.url}/c/abc`, { method: 'POST' })).status).toBe(404);
  });

  it('explains how to build the web app when it is missing', async () => {
    const bare = await startServer({ logger: false });
    const response = await fetch(`${bare.url}/c/abc`);
    expect(await response.text()).toContain('corepack pnpm build');
    await bare.dispose();
  });
});
