/** The workshop's dot rules. */
export interface DotRules {
  dotsPerParticipant: number;
  stackDots: boolean;
}

/** Dots placed in `votes`. */
export function dotsUsed(votes: Readonly<Record<string, number>>): number {
  return Object.values(votes).reduce((sum, dots) => sum + dots, 0);
}

/**
 * `votes` with one dot more (`+1`) or less (`-1`) on `proposalId`; the same object when the rules do not
 * allow it (no dots left, no stacking, nothing to take back).
 * @example changeVote({ a: 1 }, 'a', 1, { dotsPerParticipant: 5, stackDots: true }) // { a: 2 }
 */
export function changeVote(
  votes: Readonly<Record<string, number>>,
  proposalId: string,
  delta: 1 | -1,
  rules: DotRules,
): Readonly<Record<string, number>> {
  const current = votes[proposalId] ?? 0;
  if (delta === -1) {
    if (current === 0) return votes;
    const { [proposalId]: _removed, ...rest } = votes;
    return current === 1 ? rest : { ...votes, [proposalId]: current - 1 };
  }
  if (dotsUsed(votes) >= rules.dotsPerParticipant) return votes;
  if (!rules.stackDots && current >= 1) return votes;
  return { ...votes, [proposalId]: current + 1 };
}
