// Prints the gzipped JavaScript a browser loads to show the concept workspace: the entry with its static
// imports plus the chunk of the view in the address (requested at once, see prefetchView.ts), for a chapter
// (checked against the 300 kB budget) and a measure sheet; and every chunk that only loads on demand.
// Run after `vite build` (reads Vite's manifest).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 300 * 1024;
const CHAPTER = 'src/views/ChapterPage.tsx';
const MEASURE = 'src/views/MeasureView.tsx';
// The workspace page is a lazy chunk of its own (participants' phones never load it): it counts for every view.
const WORKSPACE = 'src/workspace/ConceptPage.tsx';
const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function closure(key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

function print(title, keys) {
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const total = files.reduce((sum, file) => sum + gz(file), 0);
  console.log(title);
  for (const file of files) console.log(`  ${file.padEnd(50)} ${kB(gz(file)).padStart(9)}`);
  console.log(`  ${'total'.padEnd(50)} ${kB(total).padStart(9)}`);
  return total;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const workspace = new Set([...closure(entry), ...closure(WORKSPACE), ...closure(CHAPTER)]);
print('Entry and its static imports (gzip):', closure(entry));
const total = print('Workspace initial JS, opening a chapter = entry + chapter view (gzip):', workspace);
const sheet = new Set([...closure(entry), ...closure(WORKSPACE), ...closure(MEASURE)]);
const sheetTotal = [...sheet]
  .map((k) => manifest[k].file)
  .filter((f) => f.endsWith('.js'))
  .reduce((s, f) => s + gz(f), 0);
console.log(`Workspace initial JS, opening a measure sheet: ${kB(sheetTotal)}`);
console.log('On demand only (gzip):');
for (const key of Object.keys(manifest).filter((k) => !workspace.has(k) && !sheet.has(k))) {
  const file = manifest[key].file;
  if (file.endsWith('.js')) console.log(`  ${file.padEnd(50)} ${kB(gz(file)).padStart(9)}`);
}
console.log(`Workspace initial JS: ${kB(total)} gzipped (budget ${kB(BUDGET)})`);
if (total > BUDGET) process.exitCode = 1;
