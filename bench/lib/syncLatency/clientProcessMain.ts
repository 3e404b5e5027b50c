// Entry of one client process: runs some of the benchmark's clients and answers the parent over IPC.
import * as Y from 'yjs';
import { ProtocolClient } from './ProtocolClient.ts';
import type { FromClients, ToClients } from './WorkerMessage.ts';

const now = () => performance.timeOrigin + performance.now();
const answer = (message: FromClients) => process.send?.(message);

const clients: { index: number; client: ProtocolClient }[] = [];
const writers: { index: number; doc: Y.Doc; text: Y.XmlText }[] = [];
const timers: NodeJS.Timeout[] = [];
let latencies: number[] = [];
let delivered = 0;
let sent = 0;
let cpuAtStart = process.cpuUsage();

async function connect(url: string, indexes: number[], writerCount: number): Promise<void> {
  const onStamp = (_writer: number, _seq: number, sentAt: number) => {
    latencies.push(now() - sentAt);
    delivered++;
  };
  for (const index of indexes)
    clients.push({ index, client: new ProtocolClient(url, index, index < writerCount, onStamp) });
  while (!clients.every((c) => c.client.synced)) await new Promise((resolve) => setTimeout(resolve, 20));
  answer({ type: 'synced' });
}

function setup(): void {
  for (const { index, client } of clients) {
    if (!client.doc) continue;
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    client.doc.getXmlFragment('body').push([paragraph]);
    writers.push({ index, doc: client.doc, text });
  }
  answer({ type: 'ready' });
}

function start(rate: number): void {
  latencies = [];
  delivered = 0;
  cpuAtStart = process.cpuUsage();
  const interval = 1000 / rate;
  for (const { index, doc, text } of writers) {
    let seq = 0;
    const tick = () => {
      seq++;
      sent++;
      doc.transact(() => {
        text.insert(text.length, `wort${seq} `, seq % 3 === 0 ? { bold: true } : {});
        doc.getMap<string>('stamps').set(`w${index}`, `~stamp:${index}:${seq}:${now()};`);
      });
    };
    timers.push(setTimeout(() => timers.push(setInterval(tick, interval)), Math.random() * interval));
  }
}

process.on('message', (message: ToClients) => {
  if (message.type === 'connect') void connect(message.url, message.indexes, message.writers);
  else if (message.type === 'setup') setup();
  else if (message.type === 'start') start(message.rate);
  else if (message.type === 'stop') {
    for (const timer of timers) clearTimeout(timer);
    answer({ type: 'stopped', sent });
  } else if (message.type === 'count') answer({ type: 'count', delivered });
  else if (message.type === 'report') {
    const cpu = process.cpuUsage(cpuAtStart);
    for (const { client } of clients) client.close();
    // The parent ends this process once the (large) report has arrived.
    answer({
      type: 'report',
      latencies: latencies.map((ms) => Math.round(ms * 100) / 100),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    });
  }
});
