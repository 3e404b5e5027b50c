import type { SyncTarget } from '../syncLatency/SyncTarget.ts';
import { Joiner } from './Joiner.ts';

/** What one round of people joining one concept one after another gave. */
export interface JoiningRun {
  /** From the last person's join until every person sees all of them, in ms; null if someone never did. */
  allSeeAllMs: number | null;
  /** Per joiner: from its own join until it saw everyone who had joined by then, in ms (null: never). */
  ownJoinMs: (number | null)[];
  /** Close codes the server sent to any joiner during the round. */
  closeCodes: number[];
  /** The fewest people any joiner saw after holding on for `holdSeconds`. */
  fewestSeenAfterHold: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets `people` join one by one, `intervalMs` apart, waits up to `timeoutMs`, then holds for `holdSeconds`. */
export async function runJoining(
  target: SyncTarget,
  people: number,
  intervalMs: number,
  timeoutMs: number,
  holdSeconds: number,
): Promise<JoiningRun> {
  const joiners: Joiner[] = [];
  const joinedAt: number[] = [];
  for (let i = 0; i < people; i++) {
    joinedAt.push(performance.now());
    joiners.push(new Joiner(target, i));
    if (i < people - 1) await sleep(intervalMs);
  }
  const lastJoin = joinedAt[people - 1] as number;
  const deadline = lastJoin + timeoutMs;
  while (performance.now() < deadline && joiners.some((j) => !j.firstSaw.has(people))) await sleep(5);
  const ownJoinMs = joiners.map((j, i) => {
    const at = j.firstSaw.get(i + 1);
    return at === undefined ? null : at - (joinedAt[i] as number);
  });
  const done = joiners.every((j) => j.firstSaw.has(people));
  const allSeeAllMs = done
    ? Math.max(...joiners.map((j) => j.firstSaw.get(people) as number)) - lastJoin
    : null;
  await sleep(holdSeconds * 1000);
  const fewestSeenAfterHold = Math.min(...joiners.map((j) => j.seen()));
  const closeCodes = joiners.flatMap((j) => j.closeCodes);
  for (const joiner of joiners) joiner.close();
  return { allSeeAllMs, ownJoinMs, closeCodes, fewestSeenAfterHold };
}
