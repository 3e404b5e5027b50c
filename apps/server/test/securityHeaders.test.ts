import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet } from './rawGet.ts';
import { startServer, type TestServer } from './startServer.ts';

function directives(header: string | string[] | undefined): Map<string, string> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name as string, values.join(' ')]),
  );
}

describe('security headers', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'werkbank-web-headers-'));
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Werkbank</title><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js.br'), 'nicht echt, nur da');
    server = await startServer({ logger: false, webDir });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(webDir, { recursive: true, force: true });
  });

  const paths: [string, Record<string, string>][] = [
    ['/', {}],
    ['/c/abc123/chapter/x', { 'accept-encoding': 'br' }],
    ['/assets/app-abc123.js', {}],
    ['/assets/app-abc123.js', { 'accept-encoding': 'br' }],
    ['/assets/fehlt-000000.js', {}],
    ['/api/health', {}],
    ['/api/unbekannt', {}],
  ];

  it('sends a strict Content-Security-Policy on every answer', async () => {
    for (const [path, headers] of paths) {
      const response = await rawGet(`${server.url}${path}`, headers);
      const csp = directives(response.headers['content-security-policy']);
      expect(csp.get('default-src'), path).toBe("'self'");
      expect(csp.get('script-src'), path).toBe("'self'");
      expect(csp.get('connect-src'), path).toBe("'self'");
      expect(csp.get('object-src'), path).toBe("'none'");
      expect(csp.get('base-uri'), path).toBe("'none'");
      expect(csp.get('frame-ancestors'), path).toBe("'none'");
      for (const [name, value] of csp) {
        expect(value, `${path} ${name}`).not.toMatch(/unsafe-eval|\*|https?:/);
        if (name.startsWith('script') || name === 'default-src')
          expect(value, path).not.toContain('unsafe-inline');
      }
    }
  });

  it('forbids framing and sniffing and never sends a referrer', async () => {
    for (const [path, headers] of paths) {
      const response = await rawGet(`${server.url}${path}`, headers);
      expect(response.headers['x-frame-options'], path).toBe('DENY');
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers['referrer-policy'], path).toBe('no-referrer');
      expect(response.headers['cross-origin-opener-policy'], path).toBe('same-origin');
    }
  });
});
