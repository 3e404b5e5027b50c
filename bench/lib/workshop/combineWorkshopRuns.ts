import { percentile } from '../syncLatency/percentile.ts';
import type { WorkshopRun } from './runWorkshop.ts';
import type { Spread } from './Spread.ts';
import { spreadOf } from './spreadOf.ts';

/** Several runs against one server taken together: counts and CPU summed, delays pooled. */
export interface CombinedWorkshopRuns {
  name: string;
  submitted: number;
  accepted: number;
  stored: number;
  toModerator: Spread;
  /** p99 to the moderator of each run, in run order. */
  moderatorP99PerRun: number[];
  toWall: Spread;
  post: Spread;
  put: Spread;
  /** POST and PUT requests sent, answered or not. */
  posts: number;
  puts: number;
  /** Answers other than 2xx, by method and status. */
  errors: string[];
  cpuSeconds: number;
  collectCpuSeconds: number;
  wallSeconds: number;
  peakRssMiB: number;
  idleRssMiB: number;
  clientCpuSeconds: number;
  dotsWithinBudget: boolean;
  votesAsSent: boolean;
}

function pooled(runs: WorkshopRun[], pick: (run: WorkshopRun) => Float64Array): Float64Array {
  return Float64Array.from(runs.flatMap((run) => [...pick(run)])).sort();
}

function errorsOf(method: string, runs: Record<string, number>[]): string[] {
  const counts: Record<string, number> = {};
  for (const statuses of runs)
    for (const [status, n] of Object.entries(statuses))
      if (!status.startsWith('2')) counts[status] = (counts[status] ?? 0) + n;
  return Object.entries(counts).map(([status, n]) => `${method} ${status}: ${n}`);
}

export function combineWorkshopRuns(runs: WorkshopRun[]): CombinedWorkshopRuns {
  const sum = (pick: (run: WorkshopRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    name: runs[0]?.name ?? '',
    submitted: sum((run) => run.submitted),
    accepted: sum((run) => run.accepted),
    stored: sum((run) => run.stored),
    toModerator: spreadOf(pooled(runs, (run) => run.toModerator)),
    moderatorP99PerRun: runs.map((run) => percentile(run.toModerator, 99)),
    toWall: spreadOf(pooled(runs, (run) => run.toWall)),
    post: spreadOf(pooled(runs, (run) => run.post)),
    put: spreadOf(pooled(runs, (run) => run.put)),
    posts: sum((run) => Object.values(run.postStatuses).reduce((a, n) => a + n, 0)),
    puts: sum((run) => Object.values(run.putStatuses).reduce((a, n) => a + n, 0)),
    errors: [
      ...errorsOf(
        'POST',
        runs.map((run) => run.postStatuses),
      ),
      ...errorsOf(
        'PUT',
        runs.map((run) => run.putStatuses),
      ),
    ],
    cpuSeconds: sum((run) => run.cpuSeconds),
    collectCpuSeconds: sum((run) => run.collectCpuSeconds),
    wallSeconds: sum((run) => run.wallSeconds),
    peakRssMiB: Math.max(...runs.map((run) => run.peakRssMiB)),
    idleRssMiB: Math.min(...runs.map((run) => run.idleRssMiB)),
    clientCpuSeconds: sum((run) => run.clientCpuSeconds),
    dotsWithinBudget: runs.every((run) => run.dotsWithinBudget),
    votesAsSent: runs.every((run) => run.votesAsSent),
  };
}
