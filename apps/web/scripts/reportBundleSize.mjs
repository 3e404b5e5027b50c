// Prints the gzipped size of the JavaScript a browser loads before the workspace can render (the entry and
// its static imports, from Vite's manifest), and of each lazily loaded chunk. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = [...closure(entryKey)].map((key) => manifest[key].file).filter((f) => f.endsWith('.js'));
const initialCss = [...closure(entryKey)].flatMap((key) => manifest[key].css ?? []);
const initialGz = initial.reduce((sum, file) => sum + gz(file), 0);
console.log('Initial JS (entry + static imports), gzipped:');
for (const file of initial) console.log(`  ${file.padEnd(48)} ${kB(gz(file))}`);
console.log(`  ${'total'.padEnd(48)} ${kB(initialGz)}`);
console.log(`Initial CSS, gzipped: ${kB(initialCss.reduce((sum, file) => sum + gz(file), 0))}`);
console.log('Lazy chunks, gzipped:');
const lazy = new Set(Object.keys(manifest).filter((key) => !closure(entryKey).has(key)));
for (const key of lazy) {
  const file = manifest[key].file;
  if (file.endsWith('.js')) console.log(`  ${file.padEnd(48)} ${kB(gz(file))}`);
}
const budget = 300 * 1024;
if (initialGz > budget) {
  console.error(`Initial JS ${kB(initialGz)} is over the budget of ${kB(budget)}.`);
  process.exitCode = 1;
}
