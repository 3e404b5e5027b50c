// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressFile } from './precompressFile.ts';

describe('precompressFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes brotli and gzip files that decode to the original', async () => {
    const file = join(dir, 'app.js');
    const source = Array.from({ length: 500 }, (_, i) => `export const maßnahme${i} = 'Ziel ${i}';`).join(
      '\n',
    );
    writeFileSync(file, source);
    const result = await precompressFile(file);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(source);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(source);
    expect(result.br).toBeLessThan(result.gz ?? 0);
    expect(result.gz).toBeLessThan(source.length / 4);
  });

  it('writes no variant that would be larger than the file', async () => {
    const file = join(dir, 'tiny.js');
    writeFileSync(file, 'x');
    expect(await precompressFile(file)).toEqual({ original: 1 });
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });
});
