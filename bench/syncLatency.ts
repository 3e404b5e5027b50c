// Sync delivery latency: the same workload against Werkbank's server (SQLite durability on) and the reference
// @y/websocket-server 0.1.1, each as its own process so their CPU time and memory can be read apart, at each
// client count in one run (50 and 100 by default, half of them writing). At each count the two take turns for
// ROUNDS rounds (the first alternating) and each one's delays are pooled, so a busy moment on a shared machine
// does not fall on one server only. Target (issue 14): Werkbank's p99 no worse than the reference's at 50
// clients, at most half of it at 100.
// Settings: CLIENTS (a list, "50,100"), WRITERS (a list, default half of each count), RATE updates/s per writer
// (5), SECONDS per run (20), ROUNDS (2), CLIENT_PROCESSES (4); SQLITE_SYNC=full is passed on to Werkbank's server.
import { type CombinedRuns, combineRuns } from './lib/syncLatency/combineRuns.ts';
import { runWorkload, type Workload, type WorkloadRun } from './lib/syncLatency/runWorkload.ts';
import type { SyncTarget } from './lib/syncLatency/SyncTarget.ts';
import { spawnReference } from './lib/syncLatency/spawnReference.ts';
import { spawnWerkbank } from './lib/syncLatency/spawnWerkbank.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';

const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean).map(Number);
const counts = list(process.env.CLIENTS ?? '50,100');
const writers = list(process.env.WRITERS);
const loads: Workload[] = counts.map((clients, i) => ({
  clients,
  writers: writers[i] ?? Math.floor(clients / 2),
  rate: Number(process.env.RATE ?? 5),
  seconds: Number(process.env.SECONDS ?? 20),
  processes: Number(process.env.CLIENT_PROCESSES ?? 4),
}));
const rounds = Number(process.env.ROUNDS ?? 2);

async function measure(start: () => Promise<SyncTarget>, load: Workload): Promise<WorkloadRun> {
  const target = await start();
  try {
    return await runWorkload(target, load);
  } finally {
    await stopServer(target);
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function row(clients: number, r: CombinedRuns): string {
  const share = ((r.cpuSeconds / r.wallSeconds) * 100).toFixed(0);
  const cpu = `${r.cpuSeconds.toFixed(1)} s (${share} % of a core)`;
  const rss = `${r.peakRssMiB.toFixed(0)} MiB (idle ${r.idleRssMiB.toFixed(0)})`;
  const perRun = r.p99PerRun.map((p) => p.toFixed(0)).join(' / ');
  return `| ${clients} | ${r.name} | ${r.sent} | ${r.delivered}/${r.expected} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} (${perRun}) | ${ms(r.max)} | ${cpu} | ${rss} | ${r.complete ? 'yes' : 'NO'} |`;
}

// The issue's target: no worse than the reference at 50 clients, at most half of it from 100 on.
const allowedShare = (clients: number) => (clients >= 100 ? 0.5 : 1);

console.log(
  `Workloads: ${loads.map((l) => `${l.clients} clients (${l.writers} writing)`).join(', ')} in one document, ${loads[0]?.rate} rich-text updates/s per writer, ${rounds} × ${loads[0]?.seconds} s per server and count.\n`,
);
const results: { load: Workload; werkbank: CombinedRuns; reference: CombinedRuns }[] = [];
for (const load of loads) {
  const runs: { werkbank: WorkloadRun[]; reference: WorkloadRun[] } = { werkbank: [], reference: [] };
  for (let round = 0; round < rounds; round++) {
    const order =
      round % 2 === 0 ? (['reference', 'werkbank'] as const) : (['werkbank', 'reference'] as const);
    for (const which of order)
      runs[which].push(await measure(which === 'werkbank' ? spawnWerkbank : spawnReference, load));
  }
  results.push({ load, werkbank: combineRuns(runs.werkbank), reference: combineRuns(runs.reference) });
}

console.log(
  '| clients | server | updates sent | delivered/expected | p50 | p95 | p99 (per run) | max | server CPU | peak RSS | all words stored |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const { load, werkbank, reference } of results) {
  console.log(row(load.clients, werkbank));
  console.log(row(load.clients, reference));
  console.log(
    `| ${load.clients} | Werkbank / reference | | | ${ratio(werkbank.p50, reference.p50)} | ${ratio(werkbank.p95, reference.p95)} | ${ratio(werkbank.p99, reference.p99)} | ${ratio(werkbank.max, reference.max)} | ${ratio(werkbank.cpuSeconds / werkbank.wallSeconds, reference.cpuSeconds / reference.wallSeconds)} | ${ratio(werkbank.peakRssMiB, reference.peakRssMiB)} | |`,
  );
}
console.log('\n| clients | p99 Werkbank | p99 reference | ratio | target | met |');
console.log('|---|---|---|---|---|---|');
for (const { load, werkbank, reference } of results) {
  const share = allowedShare(load.clients);
  const met = werkbank.p99 <= share * reference.p99;
  console.log(
    `| ${load.clients} | ${ms(werkbank.p99)} | ${ms(reference.p99)} | ${ratio(werkbank.p99, reference.p99)} | ≤ ${share.toFixed(1)}× | ${met ? 'yes' : 'no'} |`,
  );
}
const clientCpu = results
  .map((r) => `${r.werkbank.clientCpuSeconds.toFixed(1)} s / ${r.reference.clientCpuSeconds.toFixed(1)} s`)
  .join(', ');
console.log(
  `\nClients: y-websocket protocol clients in ${loads[0]?.processes} processes (CPU in all, Werkbank / reference per count: ${clientCpu}); they read the send stamps from the update frames without applying them, and a real y-websocket client reads each document back at the end. Server CPU is per measured second (the runs plus draining).`,
);
const allDelivered = results.every(({ werkbank, reference }) =>
  [werkbank, reference].every((r) => r.delivered >= r.expected && r.complete),
);
process.exit(allDelivered ? 0 : 1);
