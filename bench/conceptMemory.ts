// Server memory per loaded concept: the built server (`node apps/server/dist/main.js`, as in production) gets
// imports of the benchmark concept (12 fields of action, 60 goals, 300 measures); then they are loaded until
// STEPS (1,10,20) are loaded, by opening a sync socket to each and keeping it open. After each step the server's
// own /metrics are read every 500 ms for 8 s and the smallest V8 heap in use and resident set size are kept (the
// smallest sample is the one right after a garbage collection). Per concept = growth over the last step / its size.
// Then every socket closes, and once the server has unloaded every concept (its unload delay, 30 s by default) the
// memory is read again: it should be back near where it was with none loaded.
// Target (issue 14): at most 10 MB per loaded 300-measure concept.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleConcept } from '@werkbank/concept';
import WebSocket from 'ws';
import { freePort } from './lib/syncLatency/freePort.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';
import { waitUntilUp } from './lib/syncLatency/waitUntilUp.ts';

const STEPS = (process.env.STEPS ?? '1,10,20').split(',').map(Number);
const COUNT = Math.max(...STEPS);
const BIG = { fields: 12, goals: 60, measures: 300 };
const serverDir = fileURLToPath(new URL('../apps/server', import.meta.url));
const built = join(serverDir, 'dist/main.js');
if (!existsSync(built)) throw new Error('apps/server/dist/main.js fehlt: erst `corepack pnpm build`.');

const port = await freePort();
const child = spawn(process.execPath, [built], {
  cwd: serverDir,
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbank-memory-')),
    LOG_LEVEL: 'warn',
    CREATE_LIMIT_MAX: '1000',
    BACKUP_INTERVAL_MINUTES: '0',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const target = { name: 'Werkbank', child, serverUrl: '', room: '', params: {} };
await waitUntilUp(`${base}/api/health`, child);

async function loadedConcepts(): Promise<number> {
  const health = (await (await fetch(`${base}/api/health`)).json()) as { loadedConcepts: number };
  return health.loadedConcepts;
}

function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : Number.NaN;
}

async function settledMemory(): Promise<{ heapMiB: number; rssMiB: number }> {
  let heap = Number.POSITIVE_INFINITY;
  let rss = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 16; i++) {
    const text = await (await fetch(`${base}/metrics`)).text();
    heap = Math.min(heap, metric(text, 'nodejs_heap_size_used_bytes'));
    rss = Math.min(rss, metric(text, 'process_resident_memory_bytes'));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { heapMiB: heap / 2 ** 20, rssMiB: rss / 2 ** 20 };
}

const body = JSON.stringify(sampleConcept(BIG));
const concepts: { id: string; ownerToken: string }[] = [];
for (let i = 0; i < COUNT; i++) {
  const response = await fetch(`${base}/api/concepts/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (!response.ok) throw new Error(`import failed: ${response.status} ${await response.text()}`);
  concepts.push((await response.json()) as { id: string; ownerToken: string });
}
// Imports run in worker threads; give the server a moment to unload what the imports touched.
console.log(
  `${COUNT} imports of the ${BIG.measures}-measure concept (${(body.length / 1024).toFixed(0)} KB of JSON). Load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}.\n`,
);
const sockets: WebSocket[] = [];
const rows: { loaded: number | string; heapMiB: number; rssMiB: number }[] = [];
rows.push({ loaded: 0, ...(await settledMemory()) });
for (let loaded = 0, step = 0; step < STEPS.length; step++) {
  for (const concept of concepts.slice(loaded, STEPS[step])) {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/sync/${concept.id}?token=${concept.ownerToken}`);
    // The server answers the open socket with sync step 1 once the concept is loaded from SQLite.
    await new Promise<void>((resolve, reject) => {
      socket.once('message', () => resolve());
      socket.once('error', reject);
    });
    sockets.push(socket);
  }
  loaded = STEPS[step] ?? loaded;
  rows.push({ loaded: await loadedConcepts(), ...(await settledMemory()) });
}
const loadedRows = [...rows];
for (const socket of sockets) socket.close();
const closedAt = Date.now();
while ((await loadedConcepts()) > 0 && Date.now() - closedAt < 120_000) {
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const unloadSeconds = (Date.now() - closedAt) / 1000;
rows.push({
  loaded: `0, after unload (${await loadedConcepts()} left ${unloadSeconds.toFixed(0)} s after the last socket closed)`,
  ...(await settledMemory()),
});
await stopServer(target as never);

console.log('| concepts loaded | V8 heap in use | resident set |');
console.log('|---|---|---|');
for (const row of rows)
  console.log(`| ${row.loaded} | ${row.heapMiB.toFixed(1)} MiB | ${row.rssMiB.toFixed(1)} MiB |`);
const last = loadedRows.at(-1);
const before = loadedRows.at(-2);
if (last && before) {
  const per = (key: 'heapMiB' | 'rssMiB') =>
    (last[key] - before[key]) / (Number(last.loaded) - Number(before.loaded));
  console.log(
    `\nPer loaded concept (last step): heap ${per('heapMiB').toFixed(2)} MiB, resident ${per('rssMiB').toFixed(2)} MiB (target ≤ 10 MB).`,
  );
}
