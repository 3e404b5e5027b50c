import * as Y from 'yjs';
import { cpuSeconds } from './cpuSeconds.ts';
import { ProtocolClient } from './ProtocolClient.ts';
import { percentile } from './percentile.ts';
import { readBackWords } from './readBackWords.ts';
import { rssMiB } from './rssMiB.ts';
import type { SyncTarget } from './SyncTarget.ts';

/** The workload: `clients` in one document, `writers` of them typing `rate` updates/s for `seconds`. */
export interface Workload {
  clients: number;
  writers: number;
  rate: number;
  seconds: number;
}

export interface WorkloadResult {
  name: string;
  sent: number;
  expected: number;
  delivered: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  cpuSeconds: number;
  peakRssMiB: number;
  /** RSS before any client connected. */
  idleRssMiB: number;
  /** Every sent word is in the document a real y-websocket client reads back afterwards. */
  complete: boolean;
  clientCpuSeconds: number;
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the workload against one server. Each update inserts a word at the end of the writer's own paragraph
 * (a Y.XmlText in a Y.XmlFragment, every third word bold) and, in the same transaction, its send time; each
 * other client notes the delay when that update frame arrives.
 */
export async function runWorkload(target: SyncTarget, load: Workload): Promise<WorkloadResult> {
  const idleRssMiB = rssMiB(target.child.pid as number);
  const latencies: number[] = [];
  let delivered = 0;
  const onStamp = (_writer: number, _seq: number, sentAt: number) => {
    latencies.push(now() - sentAt);
    delivered++;
  };
  const query = new URLSearchParams(target.params).toString();
  const url = `${target.serverUrl}/${target.room}${query ? `?${query}` : ''}`;
  const clients: ProtocolClient[] = [];
  for (let i = 0; i < load.clients; i++) {
    clients.push(new ProtocolClient(url, i, i < load.writers, onStamp));
    if (i % 20 === 19) await until(() => clients.every((c) => c.synced), 30_000);
  }
  if (!(await until(() => clients.every((c) => c.synced), 30_000))) throw new Error('clients did not sync');

  const writers = clients.slice(0, load.writers).map((client) => {
    const doc = client.doc as Y.Doc;
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    doc.getXmlFragment('body').push([paragraph]);
    return { doc, text };
  });
  await sleep(1500);
  latencies.length = 0;
  delivered = 0;

  const pid = target.child.pid as number;
  const cpuBefore = cpuSeconds(pid);
  const clientCpuBefore = process.cpuUsage();
  let peakRss = rssMiB(pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMiB(pid));
  }, 200);
  let sent = 0;
  const interval = 1000 / load.rate;
  const timers: NodeJS.Timeout[] = [];
  writers.forEach(({ doc, text }, w) => {
    let seq = 0;
    const tick = () => {
      seq++;
      sent++;
      doc.transact(() => {
        text.insert(text.length, `wort${seq} `, seq % 3 === 0 ? { bold: true } : {});
        doc.getMap<string>('stamps').set(`w${w}`, `~stamp:${w}:${seq}:${now()};`);
      });
    };
    timers.push(setTimeout(() => timers.push(setInterval(tick, interval)), Math.random() * interval));
  });
  await sleep(load.seconds * 1000);
  for (const timer of timers) clearTimeout(timer);
  const expected = sent * (load.clients - 1);
  await until(() => delivered >= expected, 15_000);
  clearInterval(sampler);
  const cpu = cpuSeconds(pid) - cpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);

  for (const client of clients) client.close();
  const readBack = await readBackWords(target);
  const sorted = Float64Array.from(latencies).sort();
  return {
    name: target.name,
    sent,
    expected,
    delivered,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    cpuSeconds: cpu,
    peakRssMiB: peakRss,
    idleRssMiB,
    complete: readBack.paragraphs === load.writers && readBack.words === sent,
    clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
  };
}
