import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawResponse, rawGet } from './rawGet.ts';
import { startServer, type TestServer } from './startServer.ts';

const INDEX = `<!doctype html><html lang="de"><title>Werkbank</title><div id="root"></div>${'<!-- Platz -->'.repeat(100)}</html>`;
const SCRIPT = Array.from({ length: 400 }, (_, i) => `export const massnahme${i} = 'Ziel ${i}';`).join('\n');

function writeWithVariants(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString();
  if (encoding === 'gzip') return gunzipSync(response.body).toString();
  expect(encoding).toBeUndefined();
  return response.body.toString();
}

describe('web app assets as they cross the wire', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'werkbank-web-assets-'));
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeWithVariants(join(webDir, 'index.html'), INDEX);
    writeWithVariants(join(webDir, 'assets', 'app-abc123.js'), SCRIPT);
    writeFileSync(join(webDir, 'assets', 'tiny-def456.js'), 'export {};');
    server = await startServer({ logger: false, webDir });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends the encoding the browser prefers, which decodes to the asset', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['deflate', undefined],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const response = await rawGet(
        `${server.url}/assets/app-abc123.js`,
        accept ? { 'accept-encoding': accept } : {},
      );
      expect(response.status, accept).toBe(200);
      expect(response.headers['content-encoding'], accept).toBe(expected);
      expect(response.headers['content-type'], accept).toMatch(/^(application|text)\/javascript/);
      expect(response.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(decoded(response), accept).toBe(SCRIPT);
      if (expected) expect(response.body.length, accept).toBeLessThan(SCRIPT.length / 4);
    }
  });

  it('caches hashed assets for a year as immutable, compressed or not', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const response = await rawGet(`${server.url}/assets/app-abc123.js`, { 'accept-encoding': accept });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('sends an asset without a compressed file as it is', async () => {
    const response = await rawGet(`${server.url}/assets/tiny-def456.js`, { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('export {};');
  });

  it('sends index.html compressed and never cached stale, at / and for client routes', async () => {
    for (const path of ['/', '/c/abc123', '/w/xyz/wand']) {
      for (const [accept, expected] of [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        ['', undefined],
      ] as const) {
        const response = await rawGet(`${server.url}${path}`, accept ? { 'accept-encoding': accept } : {});
        expect(response.status, path).toBe(200);
        expect(response.headers['content-encoding'], `${path} ${accept}`).toBe(expected);
        expect(response.headers['content-type'], path).toMatch(/^text\/html/);
        expect(response.headers['cache-control'], path).toBe('no-cache');
        expect(response.headers.vary, path).toMatch(/accept-encoding/i);
        expect(decoded(response), path).toBe(INDEX);
      }
    }
  });
});
