import { cpuSeconds } from '../syncLatency/cpuSeconds.ts';
import { rssMiB } from '../syncLatency/rssMiB.ts';
import { stopServer } from '../syncLatency/stopServer.ts';
import { checkVotes } from './checkVotes.ts';
import { mergeRequestLogs } from './mergeRequestLogs.ts';
import { ParticipantProcess } from './ParticipantProcess.ts';
import { StampLog } from './StampLog.ts';
import { WorkshopStream } from './WorkshopStream.ts';
import type { WorkshopTarget } from './WorkshopTarget.ts';

/** The workload: `participants` each sending `proposalsEach` within `collectSeconds`, then voting twice. */
export interface WorkshopLoad {
  participants: number;
  proposalsEach: number;
  collectSeconds: number;
  voteSeconds: number;
  /** Participant processes the participants are spread over. */
  processes: number;
  /** Participants hold their own event streams open (as their phones do), not only send. */
  participantStreams: boolean;
}

/** One run of the workload against one server; delays in ms, ascending. */
export interface WorkshopRun {
  name: string;
  submitted: number;
  accepted: number;
  toModerator: Float64Array;
  toWall: Float64Array;
  post: Float64Array;
  put: Float64Array;
  postStatuses: Record<string, number>;
  putStatuses: Record<string, number>;
  cpuSeconds: number;
  /** Server CPU while collecting (up to the moderator and the wall having every proposal), the rest while voting. */
  collectCpuSeconds: number;
  wallSeconds: number;
  peakRssMiB: number;
  idleRssMiB: number;
  clientCpuSeconds: number;
  /** Proposals the server holds afterwards, and whether the dots are within budget and as last sent. */
  stored: number;
  dotsWithinBudget: boolean;
  votesAsSent: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  for (const deadline = Date.now() + ms; !condition() && Date.now() < deadline; ) await sleep(20);
}

/** Starts a server with `start`, runs the workload against it while the moderator and a wall watch, stops it. */
export async function runWorkshop(
  start: (onModeratorSees: (text: string, at: number) => void) => Promise<WorkshopTarget>,
  load: WorkshopLoad,
): Promise<WorkshopRun> {
  const moderatorLog = new StampLog();
  const wallLog = new StampLog();
  const target = await start((text, at) => moderatorLog.note(text, at));
  const processes = Array.from({ length: load.processes }, () => new ParticipantProcess());
  const pid = target.server.child.pid as number;
  const { address } = target;
  try {
    const idleRssMiB = rssMiB(pid);
    const wall = await WorkshopStream.open(
      `${address.baseUrl}/api/workshops/${address.conceptId}/${address.workshopId}/events?token=${address.token}`,
      (text, at) => wallLog.note(text, at),
    );
    await sleep(1000);
    const cpuBefore = cpuSeconds(pid);
    const wallBefore = performance.now();
    let peakRssMiB = rssMiB(pid);
    const sampler = setInterval(() => {
      peakRssMiB = Math.max(peakRssMiB, rssMiB(pid));
    }, 200);
    const indexes = processes.map((_, p) =>
      [...Array(load.participants).keys()].filter((i) => i % load.processes === p),
    );
    console.error(
      `${target.name}: ${load.participants} participants collecting for ${load.collectSeconds} s`,
    );
    const collected = await Promise.all(
      processes.map((proc, p) =>
        proc.request(
          {
            type: 'collect',
            address,
            indexes: indexes[p] as number[],
            proposalsEach: load.proposalsEach,
            seconds: load.collectSeconds,
            streams: load.participantStreams,
          },
          'collected',
        ),
      ),
    );
    const ids = collected.flatMap((c) => c.ids);
    await waitFor(() => moderatorLog.count >= ids.length && wallLog.count >= ids.length, 10_000);
    const collectCpuSeconds = cpuSeconds(pid) - cpuBefore;
    await target.moderator.startVoting();
    await waitFor(() => wall.phase === 'vote', 10_000);
    console.error(`${target.name}: voting for ${load.voteSeconds} s`);
    const voted = await Promise.all(
      processes.map((proc, p) =>
        proc.request(
          {
            type: 'vote',
            address,
            indexes: indexes[p] as number[],
            proposalIds: ids,
            dots: target.dotsPerParticipant,
            seconds: load.voteSeconds,
          },
          'voted',
        ),
      ),
    );
    await sleep(500);
    clearInterval(sampler);
    const cpu = cpuSeconds(pid) - cpuBefore;
    const wallSeconds = (performance.now() - wallBefore) / 1000;
    wall.close();
    const stored = await target.readBack();
    const votes = Object.assign({}, ...voted.map((v) => v.votes));
    const check = checkVotes(stored, votes, target.dotsPerParticipant);
    const posts = mergeRequestLogs(collected.map((c) => c.log));
    const puts = mergeRequestLogs(voted.map((v) => v.log));
    return {
      name: target.name,
      submitted: load.participants * load.proposalsEach,
      accepted: ids.length,
      toModerator: moderatorLog.delays(),
      toWall: wallLog.delays(),
      post: posts.latencies,
      put: puts.latencies,
      postStatuses: posts.statuses,
      putStatuses: puts.statuses,
      cpuSeconds: cpu,
      collectCpuSeconds,
      wallSeconds,
      peakRssMiB,
      idleRssMiB,
      clientCpuSeconds: posts.cpu + puts.cpu,
      stored: stored.length,
      dotsWithinBudget: check.withinBudget,
      votesAsSent: check.asSent,
    };
  } finally {
    for (const proc of processes) proc.kill();
    target.moderator.close();
    await stopServer(target.server);
  }
}
