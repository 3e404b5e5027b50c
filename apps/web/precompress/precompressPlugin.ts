import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { precompressFile } from './precompressFile.ts';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
// Below this a compressed file saves less than the headers it needs.
const MIN_BYTES = 1024;

/**
 * Writes a brotli and a gzip file beside every text asset of the build (index.html and sw.js included), so the
 * server sends what the browser accepts without compressing per request (`@fastify/static`'s `preCompressed`).
 */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'werkbank-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      const files = Object.values(bundle)
        .filter((item) => COMPRESSIBLE.test(item.fileName) && !item.fileName.startsWith('.vite/'))
        .filter((item) => (item.type === 'chunk' ? item.code.length : item.source.length) >= MIN_BYTES)
        .map((item) => join(dir, item.fileName));
      await Promise.all(files.map(precompressFile));
    },
  };
}
