// Sync delivery latency: the same workload against Werkbank's server (SQLite durability on) and the reference
// @y/websocket-server 0.1.1, each as its own process so their CPU time and memory can be read apart.
// Settings: CLIENTS (100), WRITERS (50), RATE updates/s per writer (5), SECONDS (20), CLIENT_PROCESSES (4).
import { runWorkload, type Workload, type WorkloadResult } from './lib/syncLatency/runWorkload.ts';
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

async function measure(start: () => Promise<SyncTarget>): Promise<WorkloadResult> {
  const target = await start();
  try {
    return await runWorkload(target, load);
  } finally {
    await stopServer(target);
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function row(r: WorkloadResult): string {
  const share = ((r.cpuSeconds / r.wallSeconds) * 100).toFixed(0);
  return `| ${r.name} | ${r.sent} | ${r.delivered}/${r.expected} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.cpuSeconds.toFixed(2)} s (${share} % of a core over ${r.wallSeconds.toFixed(0)} s) | ${r.peakRssMiB.toFixed(0)} MiB (idle ${r.idleRssMiB.toFixed(0)}) | ${r.complete ? 'yes' : 'NO'} |`;
}

console.log(
  `Workload: ${load.clients} clients in one document, ${load.writers} writing ${load.rate} rich-text updates/s each for ${load.seconds} s.\n`,
);
const reference = await measure(spawnReference);
const werkbank = await measure(spawnWerkbank);
console.log(
  '| server | updates sent | delivered/expected | p50 | p95 | p99 | max | server CPU | peak RSS | all words stored |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
console.log(row(werkbank));
console.log(row(reference));
console.log(
  `| Werkbank / reference | | | ${ratio(werkbank.p50, reference.p50)} | ${ratio(werkbank.p95, reference.p95)} | ${ratio(werkbank.p99, reference.p99)} | ${ratio(werkbank.max, reference.max)} | ${ratio(werkbank.cpuSeconds, reference.cpuSeconds)} | ${ratio(werkbank.peakRssMiB, reference.peakRssMiB)} | |`,
);
console.log(
  `\nClients: y-websocket protocol clients in ${load.processes} processes (together ${werkbank.clientCpuSeconds.toFixed(1)} s / ${reference.clientCpuSeconds.toFixed(1)} s CPU during the two runs); they read the send stamps from the update frames without applying them, and a real y-websocket client reads the document back at the end.`,
);
const allDelivered = [werkbank, reference].every((r) => r.delivered >= r.expected);
process.exit(allDelivered && werkbank.complete && reference.complete ? 0 : 1);
