// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressPlugin } from './precompressPlugin.ts';

type Hook = (...args: unknown[]) => unknown;

describe('precompressPlugin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-precompress-plugin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compresses the text files of the bundle where the build wrote them, not the manifest or tiny files', async () => {
    const script = 'export const ziel = "Vielfalt";\n'.repeat(100);
    const html = `<!doctype html><title>Werkbank</title>${'<p>Platz</p>'.repeat(100)}`;
    const files: Record<string, string> = {
      'assets/app-abc123.js': script,
      'index.html': html,
      'assets/tiny-def456.js': 'export {};',
      '.vite/manifest.json': JSON.stringify({ x: 'y'.repeat(2000) }),
      'assets/logo-000000.png': 'p'.repeat(2000),
    };
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const bundle = {
      'assets/app-abc123.js': { type: 'chunk', fileName: 'assets/app-abc123.js', code: script },
      'index.html': { type: 'asset', fileName: 'index.html', source: html },
      'assets/tiny-def456.js': { type: 'chunk', fileName: 'assets/tiny-def456.js', code: 'export {};' },
      '.vite/manifest.json': {
        type: 'asset',
        fileName: '.vite/manifest.json',
        source: files['.vite/manifest.json'],
      },
      'assets/logo-000000.png': {
        type: 'asset',
        fileName: 'assets/logo-000000.png',
        source: files['assets/logo-000000.png'],
      },
    };
    const plugin = precompressPlugin();
    (plugin.configResolved as Hook)({ root: '/nirgendwo', build: { outDir: 'dist' } });
    await (plugin.writeBundle as Hook)({ dir }, bundle);

    expect(brotliDecompressSync(readFileSync(join(dir, 'assets/app-abc123.js.br'))).toString()).toBe(script);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
    expect(existsSync(join(dir, 'assets/app-abc123.js.gz'))).toBe(true);
    for (const name of ['assets/tiny-def456.js', '.vite/manifest.json', 'assets/logo-000000.png']) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });
});
