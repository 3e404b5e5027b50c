// Where the page's main thread went while a concept opened: a CPU profile written by `openConcept.ts` with
// PROFILE_DIR, its samples grouped by what they were doing, as a table.
//
//   cd apps/web && npx vite build --sourcemap --outDir /tmp/web-maps
//   cd bench && PROFILE_DIR=/tmp/prof WEB_DIRS=/tmp/web-maps RUNS=3 SIZES=300 node --import tsx openConcept.ts
//   node --import tsx profileOpening.ts /tmp/prof/web-maps-300-first-2.cpuprofile /tmp/web-maps [seconds]
//
// The web app must be built with source maps (into a directory of its own: the maps are not for serving); the
// profile's functions are named through them. Only the first `seconds` of the profile count (default: all of it),
// e.g. until the chapter was editable. A sample counts for the first group in GROUPS (in their order) that any
// frame of its stack matches; V8's own entries (idle, garbage collection, "(program)": work outside
// JavaScript, such as style, layout and compiling) count as themselves, and anything else as "other".
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type RawSourceMap, SourceMapConsumer } from 'source-map-js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a sample was doing, by where its stack is: the first group one of its frames matches. */
const GROUPS: [string, RegExp][] = [
  ['applying the concept (Yjs)', /applyPieces|DeviceStore|readUpdateV2|applyUpdate\b/],
  ['rich-text editor (Tiptap, ProseMirror)', /@tiptap|prosemirror-|y-tiptap|BoundEditor|RichTextEditor/],
  [
    'reading the concept for views',
    /useConceptSnapshot|snapshotOf|\/readers\.ts|readEntityFields|changeSource/,
  ],
  ['sync socket', /y-websocket|y-protocols|ticketWebSocket/],
  ['React (rendering, effects)', /react-dom/],
  ['work when idle', /whenIdle/],
];

const V8_OWN: Record<string, string> = {
  '(idle)': 'idle',
  '(garbage collector)': 'garbage collection',
  '(program)': '(program): style, layout, compiling',
};

const [file = '', webDir = '', seconds] = process.argv.slice(2);
if (!file || !webDir) {
  console.error(
    'usage: node --import tsx profileOpening.ts <cpuprofile> <web dir built with source maps> [seconds]',
  );
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const until = seconds === undefined ? Number.POSITIVE_INFINITY : Number(seconds) * 1e6;

const maps = new Map<string, SourceMapConsumer | null>();
function mapOf(url: string): SourceMapConsumer | null {
  const name = basename(new URL(url, 'http://x/').pathname);
  if (!name.endsWith('.js')) return null;
  if (!maps.has(name)) {
    const path = join(webDir, 'assets', `${name}.map`);
    maps.set(
      name,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap) : null,
    );
  }
  return maps.get(name) ?? null;
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const names = new Map<number, string>();
/** A frame as "function source-file", through the source map where there is one. */
function nameOf(id: number): string {
  const known = names.get(id);
  if (known !== undefined) return known;
  const frame = (nodes.get(id) as ProfileNode).callFrame;
  let name = `${frame.functionName} ${frame.url}`;
  const map = frame.url ? mapOf(frame.url) : null;
  if (map && frame.lineNumber >= 0) {
    const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (at.source) name = `${at.name ?? frame.functionName} ${at.source}`;
  }
  names.set(id, name);
  return name;
}

function groupOf(sample: number): string {
  const leaf = (nodes.get(sample) as ProfileNode).callFrame.functionName;
  if (Object.hasOwn(V8_OWN, leaf)) return V8_OWN[leaf] as string;
  const stack: string[] = [];
  for (let id: number | undefined = sample; id !== undefined; id = parents.get(id)) stack.push(nameOf(id));
  for (const [group, pattern] of GROUPS) if (stack.some((frame) => pattern.test(frame))) return group;
  return 'other';
}

const totals = new Map<string, number>();
let elapsed = 0;
for (let i = 0; i < profile.samples.length; i++) {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed > until) break;
  // A sample stands for the time until the next one.
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const group = groupOf(profile.samples[i] as number);
  totals.set(group, (totals.get(group) ?? 0) + ms);
}
const all = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`| ${basename(file)} | ms | share |`);
console.log('|---|---|---|');
for (const [group, ms] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`| ${group} | ${Math.round(ms)} | ${Math.round((100 * ms) / all)} % |`);
console.log(`| all | ${Math.round(all)} | |`);
