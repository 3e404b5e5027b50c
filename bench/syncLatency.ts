// Sync delivery latency: the same workload against Werkbank's server (SQLite durability on) and the reference
// @y/websocket-server 0.1.1, each as its own process so their CPU time and memory can be read apart. The two
// take turns for ROUNDS rounds (the first alternating) and each one's delays are pooled, so a busy moment on a
// shared machine does not fall on one server only.
// Settings: CLIENTS (100), WRITERS (50), RATE updates/s per writer (5), SECONDS per run (20), ROUNDS (2),
// CLIENT_PROCESSES (4); SQLITE_SYNC=full is passed on to Werkbank's server.
import { type CombinedRuns, combineRuns } from './lib/syncLatency/combineRuns.ts';
import { runWorkload, type Workload, type WorkloadRun } from './lib/syncLatency/runWorkload.ts';
import type { SyncTarget } from './lib/syncLatency/SyncTarget.ts';
import { spawnReference } from './lib/syncLatency/spawnReference.ts';
import { spawnWerkbank } from './lib/syncLatency/spawnWerkbank.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';

const load: Workload = {
  clients: Number(process.env.CLIENTS ?? 100),
  writers: Number(process.env.WRITERS ?? 50),
  rate: Number(process.env.RATE ?? 5),
  seconds: Number(process.env.SECONDS ?? 20),
  processes: Number(process.env.CLIENT_PROCESSES ?? 4),
};
const rounds = Number(process.env.ROUNDS ?? 2);

async function measure(start: () => Promise<SyncTarget>): Promise<WorkloadRun> {
  const target = await start();
  try {
    return await runWorkload(target, load);
  } finally {
    await stopServer(target);
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function row(r: CombinedRuns): string {
  const share = ((r.cpuSeconds / r.wallSeconds) * 100).toFixed(0);
  const cpu = `${r.cpuSeconds.toFixed(1)} s (${share} % of a core)`;
  const rss = `${r.peakRssMiB.toFixed(0)} MiB (idle ${r.idleRssMiB.toFixed(0)})`;
  const perRun = r.p99PerRun.map((p) => p.toFixed(0)).join(' / ');
  return `| ${r.name} | ${r.sent} | ${r.delivered}/${r.expected} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} (${perRun}) | ${ms(r.max)} | ${cpu} | ${rss} | ${r.complete ? 'yes' : 'NO'} |`;
}

console.log(
  `Workload: ${load.clients} clients in one document, ${load.writers} writing ${load.rate} rich-text updates/s each, ${rounds} × ${load.seconds} s per server.\n`,
);
const runs: { werkbank: WorkloadRun[]; reference: WorkloadRun[] } = { werkbank: [], reference: [] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (['reference', 'werkbank'] as const) : (['werkbank', 'reference'] as const);
  for (const which of order)
    runs[which].push(await measure(which === 'werkbank' ? spawnWerkbank : spawnReference));
}
const werkbank = combineRuns(runs.werkbank);
const reference = combineRuns(runs.reference);
console.log(
  '| server | updates sent | delivered/expected | p50 | p95 | p99 (per run) | max | server CPU | peak RSS | all words stored |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
console.log(row(werkbank));
console.log(row(reference));
console.log(
  `| Werkbank / reference | | | ${ratio(werkbank.p50, reference.p50)} | ${ratio(werkbank.p95, reference.p95)} | ${ratio(werkbank.p99, reference.p99)} | ${ratio(werkbank.max, reference.max)} | ${ratio(werkbank.cpuSeconds / werkbank.wallSeconds, reference.cpuSeconds / reference.wallSeconds)} | ${ratio(werkbank.peakRssMiB, reference.peakRssMiB)} | |`,
);
console.log(
  `\nClients: y-websocket protocol clients in ${load.processes} processes (${werkbank.clientCpuSeconds.toFixed(1)} s / ${reference.clientCpuSeconds.toFixed(1)} s CPU in all); they read the send stamps from the update frames without applying them, and a real y-websocket client reads each document back at the end. Server CPU is per measured second (the runs plus draining).`,
);
const allDelivered = [werkbank, reference].every((r) => r.delivered >= r.expected);
process.exit(allDelivered && werkbank.complete && reference.complete ? 0 : 1);
