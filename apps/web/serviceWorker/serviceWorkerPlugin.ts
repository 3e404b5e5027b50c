import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js` at build time: the service worker template with every built asset to keep on the device
 * and a version that changes whenever an asset does (so an update replaces the old cache).
 */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'werkbank-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/'))
        .sort()
        .map((name) => `/${name}`);
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./serviceWorker.js', import.meta.url), 'utf8');
      const source = template
        .replace("'__WERKBANK_VERSION__'", JSON.stringify(version))
        .replace("['__WERKBANK_ASSETS__']", JSON.stringify(assets));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
