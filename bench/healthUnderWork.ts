// /api/health and a sync socket while imports and Word exports of the benchmark concept (12 fields of action,
// 60 goals, 300 measures) run: both are probed one request at a time, PROBE_MS (20) apart, first for
// IDLE_SECONDS (3) with nothing else running, then while IMPORTS (5) imports of the concept and EXPORTS (5) Word
// exports of it run all at once, until the last one is answered. ROUNDS (3) on one server process (default
// settings: one worker thread, 12 tasks waiting), the creation and export rate limits raised so rounds can
// repeat. Target: every probe answered within 100 ms while the work runs.
import { loadavg } from 'node:os';
import { sampleConcept } from '@werkbank/concept';
import { Probes } from './lib/healthUnderWork/Probes.ts';
import { SocketProbe } from './lib/healthUnderWork/SocketProbe.ts';
import { percentile } from './lib/syncLatency/percentile.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';
import { startServerWithSample } from './lib/typingLatency/startServerWithSample.ts';

const BIG = { fields: 12, goals: 60, measures: 300 };
const imports = Number(process.env.IMPORTS ?? 5);
const exports = Number(process.env.EXPORTS ?? 5);
const probeMs = Number(process.env.PROBE_MS ?? 20);
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 3);
const rounds = Number(process.env.ROUNDS ?? 3);
const TARGET_MS = 100;

const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => `${value.toFixed(1)} ms`;

function spread(values: number[]): string {
  const sorted = Float64Array.from(values).sort();
  const over = values.filter((v) => v >= TARGET_MS).length;
  return `${values.length} | ${over} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? Number.NaN)}`;
}

async function timed(request: () => Promise<Response>): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

process.env.CREATE_LIMIT_MAX = '1000';
process.env.EXPORTS_PER_MINUTE = '1000';
const target = await startServerWithSample(BIG);
const body = JSON.stringify(sampleConcept(BIG));
const query = new URLSearchParams(target.params).toString();
const probe = await SocketProbe.open(`${target.serverUrl}/${target.room}?${query}`);
const probes = new Probes(`${target.base}/api/health`, probe, probeMs);
console.log(
  `Workload: ${imports} imports and ${exports} Word exports of the ${BIG.measures}-measure concept (${(body.length / 1024).toFixed(0)} KB of JSON) at once, ${rounds} rounds; /api/health and a sync round trip (step 1 → step 2) probed every ${probeMs} ms. Load average at start: ${loads()}.\n`,
);
const idle: number[][] = [[], []];
const busy: number[][] = [[], []];
const work: { status: number; ms: number; kind: string }[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    await sleep(idleSeconds * 1000);
    const quiet = probes.take();
    idle[0]?.push(...quiet.health);
    idle[1]?.push(...quiet.socket);
    const requests = [
      ...Array.from({ length: imports }, () =>
        timed(() =>
          fetch(`${target.base}/api/concepts/import`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }),
        ).then((r) => ({ ...r, kind: 'import' })),
      ),
      ...Array.from({ length: exports }, () =>
        timed(() =>
          fetch(`${target.base}/api/concepts/${target.room}/export.docx`, {
            headers: { authorization: `Bearer ${target.token}` },
          }),
        ).then((r) => ({ ...r, kind: 'export' })),
      ),
    ];
    work.push(...(await Promise.all(requests)));
    const loaded = probes.take();
    busy[0]?.push(...loaded.health);
    busy[1]?.push(...loaded.socket);
  }
} finally {
  await probes.stop();
  probe.close();
  await stopServer(target);
}

console.log(`| probe | phase | answers | ≥ ${TARGET_MS} ms | p50 | p99 | max |`);
console.log('|---|---|---|---|---|---|---|');
console.log(`| /api/health | idle | ${spread(idle[0] ?? [])} |`);
console.log(`| /api/health | ${imports} imports + ${exports} exports | ${spread(busy[0] ?? [])} |`);
console.log(`| sync round trip | idle | ${spread(idle[1] ?? [])} |`);
console.log(`| sync round trip | ${imports} imports + ${exports} exports | ${spread(busy[1] ?? [])} |`);
for (const kind of ['import', 'export']) {
  const of = work.filter((w) => w.kind === kind);
  const statuses = [...new Set(of.map((w) => w.status))].join(', ');
  const times = of.map((w) => w.ms).sort((a, b) => a - b);
  console.log(
    `\n${kind}s: status ${statuses}; each from sent to answered (queue wait included) ${ms(times[0] ?? Number.NaN)} – ${ms(times.at(-1) ?? Number.NaN)}`,
  );
}
const worst = Math.max(...(busy[0] ?? []), ...(busy[1] ?? []));
const allDone = work.every((w) => w.status === (w.kind === 'import' ? 201 : 200));
const met = allDone && worst < TARGET_MS;
console.log(
  `\nTarget (every work request done, every probe answered within ${TARGET_MS} ms while it runs): ${met ? 'met' : 'NOT met'} (slowest ${ms(worst)}). Load average at end: ${loads()}.`,
);
process.exit(met ? 0 : 1);
