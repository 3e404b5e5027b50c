import { ClientProcess } from './ClientProcess.ts';
import { cpuSeconds } from './cpuSeconds.ts';
import { readBackWords } from './readBackWords.ts';
import { rssMiB } from './rssMiB.ts';
import type { SyncTarget } from './SyncTarget.ts';

/** The workload: `clients` in one document, `writers` of them typing `rate` updates/s for `seconds`. */
export interface Workload {
  clients: number;
  writers: number;
  rate: number;
  seconds: number;
  /** Client processes the clients are spread over. */
  processes: number;
}

/** One run of the workload against one server. */
export interface WorkloadRun {
  name: string;
  sent: number;
  expected: number;
  delivered: number;
  /** Delivery delays in ms, ascending. */
  latencies: Float64Array;
  cpuSeconds: number;
  /** Wall time over which `cpuSeconds` was measured (the run and the drain after it). */
  wallSeconds: number;
  peakRssMiB: number;
  /** RSS before any client connected. */
  idleRssMiB: number;
  /** Every sent word is in the document a real y-websocket client reads back afterwards. */
  complete: boolean;
  clientCpuSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the workload against one server. Each update inserts a word at the end of the writer's own paragraph
 * (a Y.XmlText in a Y.XmlFragment, every third word bold) and, in the same transaction, its send time; each
 * other client notes the delay when that update frame arrives. Writers are spread evenly over the processes.
 */
export async function runWorkload(target: SyncTarget, load: Workload): Promise<WorkloadRun> {
  const pid = target.child.pid as number;
  const idleRssMiB = rssMiB(pid);
  const query = new URLSearchParams(target.params).toString();
  const url = `${target.serverUrl}/${target.room}${query ? `?${query}` : ''}`;
  const processes = Array.from({ length: load.processes }, () => new ClientProcess());
  try {
    return await measureWith(processes, target, load, url, pid, idleRssMiB);
  } finally {
    for (const proc of processes) proc.kill();
  }
}

async function measureWith(
  processes: ClientProcess[],
  target: SyncTarget,
  load: Workload,
  url: string,
  pid: number,
  idleRssMiB: number,
): Promise<WorkloadRun> {
  const indexes = processes.map((_, p) =>
    [...Array(load.clients).keys()].filter((i) => i % load.processes === p),
  );
  await Promise.all(
    processes.map((proc, p) =>
      proc.request(
        { type: 'connect', url, indexes: indexes[p] as number[], writers: load.writers },
        'synced',
      ),
    ),
  );
  await Promise.all(processes.map((proc) => proc.request({ type: 'setup' }, 'ready')));
  await sleep(1500);
  console.error(`${target.name}: ${load.clients} clients connected, measuring for ${load.seconds} s`);

  const cpuBefore = cpuSeconds(pid);
  const wallBefore = performance.now();
  let peakRss = rssMiB(pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMiB(pid));
  }, 200);
  for (const proc of processes) proc.send({ type: 'start', rate: load.rate });
  await sleep(load.seconds * 1000);
  const stopped = await Promise.all(processes.map((proc) => proc.request({ type: 'stop' }, 'stopped')));
  const sent = stopped.reduce((sum, s) => sum + s.sent, 0);
  const expected = sent * (load.clients - 1);
  let delivered = 0;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(100)) {
    const counts = await Promise.all(processes.map((proc) => proc.request({ type: 'count' }, 'count')));
    delivered = counts.reduce((sum, c) => sum + c.delivered, 0);
    if (delivered >= expected) break;
  }
  clearInterval(sampler);
  const cpu = cpuSeconds(pid) - cpuBefore;
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const reports = await Promise.all(processes.map((proc) => proc.request({ type: 'report' }, 'report')));
  // The measuring clients leave first: with 100 of them on one link, Werkbank's per-link cap would turn the
  // reading client away until they do.
  for (const proc of processes) proc.kill();

  const readBack = await readBackWords(target);
  return {
    name: target.name,
    sent,
    expected,
    delivered,
    latencies: Float64Array.from(reports.flatMap((r) => r.latencies)).sort(),
    cpuSeconds: cpu,
    wallSeconds,
    peakRssMiB: peakRss,
    idleRssMiB,
    complete: readBack.paragraphs === load.writers && readBack.words === sent,
    clientCpuSeconds: reports.reduce((sum, r) => sum + r.cpuSeconds, 0),
  };
}
