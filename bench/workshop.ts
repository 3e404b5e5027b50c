// Workshop participation under load: 200 participants send proposals and then vote, all at once, while a
// moderator (y-websocket client on the concept) and a projector wall (event stream) watch. Werkbank's server
// and an in-memory reference (node:http, an array, no Yjs, no persistence) take turns for ROUNDS rounds, each
// as its own process, and each one's delays are pooled, as in syncLatency.
// Settings: PARTICIPANTS (200), PROPOSALS_EACH (3), COLLECT_SECONDS (10), VOTE_SECONDS (10), ROUNDS (2),
// PARTICIPANT_PROCESSES (2), PARTICIPANT_STREAMS (0; 1: every participant also holds its own event stream open,
// as the phones' pages do); SQLITE_SYNC=full and WORKSHOP_* limits are passed on to Werkbank's server.
import { loadavg } from 'node:os';
import { type CombinedWorkshopRuns, combineWorkshopRuns } from './lib/workshop/combineWorkshopRuns.ts';
import { runWorkshop, type WorkshopLoad, type WorkshopRun } from './lib/workshop/runWorkshop.ts';
import type { Spread } from './lib/workshop/Spread.ts';
import { spawnWerkbankWorkshop } from './lib/workshop/spawnWerkbankWorkshop.ts';
import { spawnWorkshopReference } from './lib/workshop/spawnWorkshopReference.ts';

const load: WorkshopLoad = {
  participants: Number(process.env.PARTICIPANTS ?? 200),
  proposalsEach: Number(process.env.PROPOSALS_EACH ?? 3),
  collectSeconds: Number(process.env.COLLECT_SECONDS ?? 10),
  voteSeconds: Number(process.env.VOTE_SECONDS ?? 10),
  processes: Number(process.env.PARTICIPANT_PROCESSES ?? 2),
  participantStreams: process.env.PARTICIPANT_STREAMS === '1',
};
const rounds = Number(process.env.ROUNDS ?? 2);
const TARGET_P99_MS = 100;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const spread = (s: Spread) => `${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)}`;
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

function visibility(r: CombinedWorkshopRuns): string {
  const perRun = r.moderatorP99PerRun.map((p) => p.toFixed(0)).join(' / ');
  const m = r.toModerator;
  return `| ${r.name} | ${r.accepted}/${r.submitted} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} (${perRun}) | ${ms(m.max)} | ${spread(r.toWall)} |`;
}

function requests(r: CombinedWorkshopRuns): string {
  const share = ((r.cpuSeconds / r.wallSeconds) * 100).toFixed(0);
  const perPost = ((r.collectCpuSeconds * 1000) / r.posts).toFixed(1);
  const perPut = (((r.cpuSeconds - r.collectCpuSeconds) * 1000) / r.puts).toFixed(1);
  const cpu = `${r.cpuSeconds.toFixed(1)} s (${share} % of a core; ${perPost} ms per POST, ${perPut} ms per PUT)`;
  const rss = `${r.peakRssMiB.toFixed(0)} MiB (idle ${r.idleRssMiB.toFixed(0)})`;
  const stored = `${r.stored}/${r.accepted}, dots ${r.dotsWithinBudget ? 'within budget' : 'OVER BUDGET'}${r.votesAsSent ? ', as sent' : ', NOT as sent'}`;
  return `| ${r.name} | ${ms(r.post.p50)} | ${ms(r.post.p99)} | ${ms(r.put.p50)} | ${ms(r.put.p99)} | ${r.errors.join(', ') || 'none'} | ${cpu} | ${rss} | ${stored} |`;
}

console.log(
  `Workload: ${load.participants} participants in one workshop, ${load.proposalsEach} proposals each at random moments within ${load.collectSeconds} s, then 2 vote changes each within ${load.voteSeconds} s${load.participantStreams ? ', every participant holding its own event stream open' : ''}; ${rounds} rounds per server. Load average at start: ${loads()}.\n`,
);
const runs: { werkbank: WorkshopRun[]; reference: WorkshopRun[] } = { werkbank: [], reference: [] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (['reference', 'werkbank'] as const) : (['werkbank', 'reference'] as const);
  for (const which of order)
    runs[which].push(
      await runWorkshop(which === 'werkbank' ? spawnWerkbankWorkshop : spawnWorkshopReference, load),
    );
}
const werkbank = combineWorkshopRuns(runs.werkbank);
const reference = combineWorkshopRuns(runs.reference);

console.log('Submission to visible (sent → in the moderator’s view; sent → in the wall’s event stream):\n');
console.log('| server | accepted | moderator p50 | p95 | p99 (per run) | max | wall p50 | p95 | p99 | max |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
console.log(visibility(werkbank));
console.log(visibility(reference));
const w = werkbank;
const r = reference;
console.log(
  `| Werkbank / reference | | ${ratio(w.toModerator.p50, r.toModerator.p50)} | ${ratio(w.toModerator.p95, r.toModerator.p95)} | ${ratio(w.toModerator.p99, r.toModerator.p99)} | ${ratio(w.toModerator.max, r.toModerator.max)} | ${ratio(w.toWall.p50, r.toWall.p50)} | ${ratio(w.toWall.p95, r.toWall.p95)} | ${ratio(w.toWall.p99, r.toWall.p99)} | ${ratio(w.toWall.max, r.toWall.max)} |`,
);
console.log('\nRequests and the server process:\n');
console.log(
  '| server | POST p50 | POST p99 | PUT p50 | PUT p99 | errors | server CPU | peak RSS | stored afterwards |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(requests(werkbank));
console.log(requests(reference));

const complete = (c: CombinedWorkshopRuns) =>
  c.accepted === c.submitted && c.stored === c.submitted && c.dotsWithinBudget && c.votesAsSent;
const met = complete(werkbank) && werkbank.errors.length === 0 && werkbank.toModerator.p99 < TARGET_P99_MS;
console.log(
  `\nTarget (everything accepted, p99 to the moderator < ${TARGET_P99_MS} ms): ${met ? 'met' : 'NOT met'}. Load average at end: ${loads()}. Participant processes used ${werkbank.clientCpuSeconds.toFixed(1)} s / ${reference.clientCpuSeconds.toFixed(1)} s CPU; server CPU share is per measured second (both phases and the drain), CPU per POST is the collecting phase's server CPU over its POSTs, per PUT the voting phase's over its PUTs (event-stream rounds and the moderator's sync included).`,
);
process.exit(complete(werkbank) && complete(reference) ? 0 : 1);
