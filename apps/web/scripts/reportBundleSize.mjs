// Prints the JavaScript a browser receives to open the concept workspace on each view, as the server sends it
// (brotli: the `.br` file `vite build` wrote; every browser the app supports accepts it): the entry with its
// static imports, the workspace page's chunk (lazy, participants' phones never load it) and the chunk of the
// view in the address (requested at once, see prefetchView.ts) with their static imports. Exits 1 when any view
// is over the budget. Then every chunk that loads only on demand. Run after `vite build` (reads Vite's manifest).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 250 * 1024;
const WORKSPACE = 'src/workspace/ConceptPage.tsx';
const VIEWS = {
  overview: null,
  chapter: 'src/views/ChapterPage.tsx',
  vision: 'src/views/VisionPage.tsx',
  goals: 'src/views/GoalsView.tsx',
  fields: 'src/views/FieldsPage.tsx',
  measure: 'src/views/MeasureView.tsx',
  measures: 'src/views/MeasuresPage.tsx',
  actors: 'src/views/ActorsPage.tsx',
  findings: 'src/views/FindingsPage.tsx',
  versions: 'src/views/VersionsView.tsx',
  workshops: 'src/views/WorkshopsPage.tsx',
  workshop: 'src/views/WorkshopPage.tsx',
};
const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function sent(file) {
  const path = join(dist, file);
  if (existsSync(`${path}.br`)) return readFileSync(`${path}.br`).length;
  // Small files get no .br (it would not be smaller) and go as they are.
  if (existsSync(path) && readFileSync(path).length < 1024) return readFileSync(path).length;
  const source = readFileSync(path);
  return brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function closure(key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

const scripts = (keys) => [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
const total = (keys) => scripts(keys).reduce((sum, file) => sum + sent(file), 0);
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Map();
for (const [name, view] of Object.entries(VIEWS)) {
  if (view && !manifest[view]) throw new Error(`${view} is not a chunk of its own any more`);
  initial.set(name, new Set([...closure(entry), ...closure(WORKSPACE), ...(view ? closure(view) : [])]));
}

const largest = [...initial].sort((a, b) => total(b[1]) - total(a[1]))[0];
console.log(`Chunks of the heaviest view, ${largest[0]} (brotli, as sent):`);
for (const file of scripts(largest[1]).sort((a, b) => sent(b) - sent(a))) {
  console.log(`  ${file.padEnd(50)} ${kB(sent(file)).padStart(9)}`);
}
console.log('Initial JavaScript of each workspace view (brotli, as sent):');
let over = false;
for (const [name, keys] of initial) {
  over ||= total(keys) > BUDGET;
  console.log(
    `  ${name.padEnd(12)} ${kB(total(keys)).padStart(9)}${total(keys) > BUDGET ? '  over budget' : ''}`,
  );
}
const anyView = new Set([...initial.values()].flatMap((keys) => [...keys]));
console.log('On demand only (brotli):');
for (const key of Object.keys(manifest).filter((k) => !anyView.has(k))) {
  const file = manifest[key].file;
  if (file.endsWith('.js')) console.log(`  ${file.padEnd(50)} ${kB(sent(file)).padStart(9)}`);
}
console.log(`Budget: ${kB(BUDGET)} of JavaScript per view, as sent.${over ? ' A view is over it.' : ''}`);
if (over) process.exitCode = 1;
