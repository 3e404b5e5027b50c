// Entry of one participant process: plays some of the workshop's participants with plain fetch (undici) and
// answers the parent over IPC.
import type { ClientRequest } from 'node:http';
import { now } from './now.ts';
import { openParticipantStream } from './openParticipantStream.ts';
import type { FromParticipants, RequestLog, ToParticipants } from './ParticipantMessage.ts';
import { participantId } from './participantId.ts';
import { sendAs } from './sendAs.ts';
import { stampedText } from './stampedText.ts';
import type { WorkshopAddress } from './WorkshopAddress.ts';

const answer = (message: FromParticipants) => process.send?.(message);
const at = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const streams: ClientRequest[] = [];

function newLog(): RequestLog {
  return { latencies: [], statuses: {}, cpuSeconds: 0 };
}

function finish(log: RequestLog, cpuAtStart: NodeJS.CpuUsage): RequestLog {
  const cpu = process.cpuUsage(cpuAtStart);
  return { ...log, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Each participant sends `proposalsEach` proposals, each at its own random moment within `seconds`. */
async function collect(address: WorkshopAddress, indexes: number[], each: number, seconds: number) {
  const cpuAtStart = process.cpuUsage();
  const log = newLog();
  const ids: string[] = [];
  const submissions = indexes.flatMap((index) =>
    Array.from({ length: each }, async (_, k) => {
      await at(Math.random() * seconds * 1000);
      const body = { submissionId: `sendung-${index}-${k}`, text: stampedText(`p${index}-${k}`, now()) };
      const created = (await sendAs(address, index, 'POST', '/proposals', body, log)) as { id?: string };
      if (created?.id) ids.push(created.id);
    }),
  );
  await Promise.all(submissions);
  answer({ type: 'collected', log: finish(log, cpuAtStart), ids });
}

function randomDots(proposalIds: string[], dots: number): Record<string, number> {
  const votes: Record<string, number> = {};
  for (let d = 0; d < dots; d++) {
    const id = proposalIds[Math.floor(Math.random() * proposalIds.length)] as string;
    votes[id] = (votes[id] ?? 0) + 1;
  }
  return votes;
}

/** Each participant puts all their dots once in the first half of `seconds` and changes their mind in the second. */
async function vote(
  address: WorkshopAddress,
  indexes: number[],
  ids: string[],
  dots: number,
  seconds: number,
) {
  const cpuAtStart = process.cpuUsage();
  const log = newLog();
  const accepted: Record<string, Record<string, number>> = {};
  const half = (seconds * 1000) / 2;
  const start = performance.now();
  await Promise.all(
    indexes.map(async (index) => {
      for (const offset of [0, half]) {
        await at(start + offset + Math.random() * half - performance.now());
        const votes = randomDots(ids, dots);
        if (await sendAs(address, index, 'PUT', '/votes', { votes }, log))
          accepted[participantId(index)] = votes;
      }
    }),
  );
  for (const stream of streams.splice(0)) stream.destroy();
  answer({ type: 'voted', log: finish(log, cpuAtStart), votes: accepted });
}

process.on('message', (message: ToParticipants) => {
  if (message.type === 'collect') {
    if (message.streams)
      for (const index of message.indexes) streams.push(openParticipantStream(message.address, index));
    void collect(message.address, message.indexes, message.proposalsEach, message.seconds);
  } else void vote(message.address, message.indexes, message.proposalIds, message.dots, message.seconds);
});
