// Production build of the server: src/main.ts and the worker thread's entry bundled with the workspace packages
// (which ship TypeScript) into dist/, so `node dist/main.js` runs without a TypeScript loader. Packages that load
// files of their own at run time (a native addon, piscina's worker) stay in node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('./dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', workerMain: 'src/work/workerMain.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['better-sqlite3', 'piscina'],
  // Bundled CommonJS packages call require(); ESM output gives them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log(`server built into ${outdir}`);
