// Presence with a steering group: PEOPLE (25) stock y-websocket clients join one concept on Werkbank's server one
// after another, JOIN_INTERVAL_MS (250) apart, all in this process. Measured: from the last join until everyone
// sees all of them (target < 2 s), each joiner's time until it saw everyone who had joined by then, every close
// the server sent (target: none), and the fewest people anyone sees after holding on for HOLD_SECONDS (10).
// ROUNDS (3), each against a fresh server process.
import { loadavg } from 'node:os';
import { type JoiningRun, runJoining } from './lib/presenceJoin/runJoining.ts';
import { percentile } from './lib/syncLatency/percentile.ts';
import { spawnWerkbank } from './lib/syncLatency/spawnWerkbank.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';

const people = Number(process.env.PEOPLE ?? 25);
const intervalMs = Number(process.env.JOIN_INTERVAL_MS ?? 250);
const holdSeconds = Number(process.env.HOLD_SECONDS ?? 10);
const rounds = Number(process.env.ROUNDS ?? 3);
const TARGET_MS = 2000;
const TIMEOUT_MS = 15_000;
// Each y-websocket Awareness adds a process 'exit' listener; 25 of them are expected here, not a leak.
process.setMaxListeners(people + 10);

const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const ms = (value: number | null) => (value === null ? 'never' : `${value.toFixed(0)} ms`);

console.log(
  `Workload: ${people} y-websocket clients join one concept one by one, ${intervalMs} ms apart, then stay ${holdSeconds} s; ${rounds} rounds, a fresh server each. Load average at start: ${loads()}.\n`,
);
const runs: JoiningRun[] = [];
for (let round = 0; round < rounds; round++) {
  const target = await spawnWerkbank();
  try {
    runs.push(await runJoining(target, people, intervalMs, TIMEOUT_MS, holdSeconds));
  } finally {
    await stopServer(target);
  }
}

console.log(
  '| round | last join → all see all | own join → sees everyone so far: p50 | p99 | max | server closes | fewest seen after hold |',
);
console.log('|---|---|---|---|---|---|---|');
runs.forEach((run, i) => {
  const own = run.ownJoinMs.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const never = run.ownJoinMs.length - own.length;
  const sorted = Float64Array.from(own);
  const closes = run.closeCodes.length === 0 ? 'none' : run.closeCodes.join(', ');
  console.log(
    `| ${i + 1} | ${ms(run.allSeeAllMs)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(own.at(-1) ?? null)}${never > 0 ? ` (${never} never)` : ''} | ${closes} | ${run.fewestSeenAfterHold}/${people} |`,
  );
});
const met = runs.every(
  (r) =>
    r.allSeeAllMs !== null &&
    r.allSeeAllMs < TARGET_MS &&
    r.closeCodes.length === 0 &&
    r.fewestSeenAfterHold === people,
);
console.log(
  `\nTarget (nobody disconnected, everyone sees all ${people} within ${TARGET_MS / 1000} s and still after ${holdSeconds} s): ${met ? 'met' : 'NOT met'}. Load average at end: ${loads()}.`,
);
process.exit(met ? 0 : 1);
