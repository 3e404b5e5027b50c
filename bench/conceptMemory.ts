// Server memory per loaded concept: the built server (`node apps/server/dist/main.js`, as in production) gets
// imports of the benchmark concept (12 fields of action, 60 goals, 300 measures); then they are loaded until
// STEPS (1,10,20) are loaded, by opening a sync socket to each and keeping it open. After each step the benchmark
// forces a full garbage collection through the server's inspector (started with --inspect on a free port) and reads
// the V8 heap in use right after it, then the smallest resident set of a few samples. Per concept = growth over the
// last step / its size. (Without the forced collection, the smallest of many samples moved by several MiB.)
// Then every socket closes, and once the server has unloaded every concept (its unload delay, 30 s by default) the
// memory is read again: it should be back near where it was with none loaded.
// SERVERS=a/dist/main.js,b/dist/main.js measures other builds in the same run, one after another (ROUNDS times,
// alternating), for a figure before and after a change from the same machine and load.
// Target (issue 14): at most 10 MB per loaded 300-measure concept.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleConcept } from '@werkbank/concept';
import WebSocket from 'ws';
import { HeapProbe } from './lib/heapAfterCollection.ts';
import { freePort } from './lib/syncLatency/freePort.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';
import { waitUntilUp } from './lib/syncLatency/waitUntilUp.ts';

const STEPS = (process.env.STEPS ?? '1,10,20').split(',').map(Number);
const COUNT = Math.max(...STEPS);
const BIG = { fields: 12, goals: 60, measures: 300 };
const serverDir = fileURLToPath(new URL('../apps/server', import.meta.url));
const SERVERS = (process.env.SERVERS ?? join(serverDir, 'dist/main.js')).split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 1);
/** How long to wait after each step before reading the memory (V8 may collect on its own meanwhile). */
const SETTLE_MS = Number(process.env.SETTLE_SECONDS ?? 0) * 1000;
for (const built of SERVERS)
  if (!existsSync(built)) throw new Error(`${built} fehlt: erst \`corepack pnpm build\`.`);
const body = JSON.stringify(sampleConcept(BIG));

type Row = {
  loaded: number | string;
  heapMiB: number;
  unforcedHeapMiB: number;
  rssMiB: number;
  /** The smallest resident set in the 2 s before the forced collection. */
  unforcedRssMiB: number;
  /** V8's committed heap, and memory outside it (of which array buffers), right after the collection. */
  heapTotalMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
};

async function measure(built: string): Promise<{ rows: Row[]; loadedRows: Row[] }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', built], {
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
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const base = `http://127.0.0.1:${port}`;
  const target = { name: 'Werkbank', child, serverUrl: '', room: '', params: {} };
  const probe = await HeapProbe.attach(child);
  child.stderr?.pipe(process.stderr);
  await waitUntilUp(`${base}/api/health`, child);

  async function loadedConcepts(): Promise<number> {
    const health = (await (await fetch(`${base}/api/health`)).json()) as { loadedConcepts: number };
    return health.loadedConcepts;
  }

  function metric(text: string, name: string): number {
    const line = text.split('\n').find((l) => l.startsWith(`${name} `));
    return line ? Number(line.split(' ')[1]) : Number.NaN;
  }

  // The heap right after a full collection forced through the inspector (and, for comparison, the smallest heap
  // the server's own metrics showed in the 2 s before); the resident set as the smallest of a few samples after
  // it (the operating system takes back freed pages with some delay).
  async function settledMemory(): Promise<Omit<Row, 'loaded'>> {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    let unforced = Number.POSITIVE_INFINITY;
    let unforcedRss = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 4; i++) {
      const text = await (await fetch(`${base}/metrics`)).text();
      unforced = Math.min(unforced, metric(text, 'nodejs_heap_size_used_bytes'));
      unforcedRss = Math.min(unforcedRss, metric(text, 'process_resident_memory_bytes'));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const heap = await probe.usedAfterCollection();
    const usage = await probe.memoryUsage();
    let rss = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 6; i++) {
      const text = await (await fetch(`${base}/metrics`)).text();
      rss = Math.min(rss, metric(text, 'process_resident_memory_bytes'));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const mib = (bytes: number) => bytes / 2 ** 20;
    return {
      heapMiB: mib(heap),
      unforcedHeapMiB: mib(unforced),
      rssMiB: mib(rss),
      unforcedRssMiB: mib(unforcedRss),
      heapTotalMiB: mib(usage.heapTotal),
      externalMiB: mib(usage.external),
      arrayBuffersMiB: mib(usage.arrayBuffers),
    };
  }

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
  const rows: Row[] = [];
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
  probe.close();
  await stopServer(target as never);
  return { rows, loadedRows };
}

const perConcept: string[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const built of round % 2 === 0 ? SERVERS : [...SERVERS].reverse()) {
    console.log(`\n### ${built} (round ${round + 1})\n`);
    const { rows, loadedRows } = await measure(built);
    console.log(
      '| concepts loaded | V8 heap in use after a full collection | (before it) | heap committed | outside the heap (array buffers) | resident set | (before it) |',
    );
    console.log('|---|---|---|---|---|---|---|');
    const f = (mib: number) => `${mib.toFixed(1)} MiB`;
    for (const row of rows)
      console.log(
        `| ${row.loaded} | ${f(row.heapMiB)} | ${f(row.unforcedHeapMiB)} | ${f(row.heapTotalMiB)} | ${f(row.externalMiB)} (${f(row.arrayBuffersMiB)}) | ${f(row.rssMiB)} | ${f(row.unforcedRssMiB)} |`,
      );
    const last = loadedRows.at(-1);
    const before = loadedRows.at(-2);
    if (last && before) {
      const per = (key: 'heapMiB' | 'rssMiB' | 'heapTotalMiB' | 'externalMiB' | 'unforcedRssMiB') =>
        (last[key] - before[key]) / (Number(last.loaded) - Number(before.loaded));
      const line = `Per loaded concept (last step): heap ${per('heapMiB').toFixed(2)} MiB, resident ${per('rssMiB').toFixed(2)} MiB (heap committed ${per('heapTotalMiB').toFixed(2)}, outside the heap ${per('externalMiB').toFixed(2)}; resident before the forced collection ${per('unforcedRssMiB').toFixed(2)}; target ≤ 10 MB).`;
      console.log(`\n${line}`);
      perConcept.push(`${built}, round ${round + 1}: ${line}`);
    }
  }
}
if (perConcept.length > 1) console.log(`\n${perConcept.join('\n')}`);
