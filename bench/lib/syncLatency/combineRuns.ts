import { percentile } from './percentile.ts';
import type { WorkloadRun } from './runWorkload.ts';

/** Several runs against one server taken together: counts and CPU summed, delays pooled. */
export interface CombinedRuns {
  name: string;
  sent: number;
  expected: number;
  delivered: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** p99 of each run, in run order. */
  p99PerRun: number[];
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMiB: number;
  idleRssMiB: number;
  complete: boolean;
  clientCpuSeconds: number;
}

export function combineRuns(runs: WorkloadRun[]): CombinedRuns {
  const sum = (pick: (run: WorkloadRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const pooled = new Float64Array(sum((run) => run.latencies.length));
  let offset = 0;
  for (const run of runs) {
    pooled.set(run.latencies, offset);
    offset += run.latencies.length;
  }
  pooled.sort();
  return {
    name: runs[0]?.name ?? '',
    sent: sum((run) => run.sent),
    expected: sum((run) => run.expected),
    delivered: sum((run) => run.delivered),
    p50: percentile(pooled, 50),
    p95: percentile(pooled, 95),
    p99: percentile(pooled, 99),
    max: pooled[pooled.length - 1] ?? Number.NaN,
    p99PerRun: runs.map((run) => percentile(run.latencies, 99)),
    cpuSeconds: sum((run) => run.cpuSeconds),
    wallSeconds: sum((run) => run.wallSeconds),
    peakRssMiB: Math.max(...runs.map((run) => run.peakRssMiB)),
    idleRssMiB: Math.min(...runs.map((run) => run.idleRssMiB)),
    complete: runs.every((run) => run.complete),
    clientCpuSeconds: sum((run) => run.clientCpuSeconds),
  };
}
