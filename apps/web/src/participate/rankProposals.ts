/** A proposal with its place in the ranking (equal dots share a rank: 1, 2, 2, 4). */
export interface Ranked<P> {
  rank: number;
  proposal: P;
}

/**
 * The ranking after the vote: most dots first; ties keep the order they came in.
 * @example rankProposals([{ dots: 1 }, { dots: 3 }]) // [{ rank: 1, proposal: { dots: 3 } }, { rank: 2, … }]
 */
export function rankProposals<P extends { dots: number }>(proposals: readonly P[]): Ranked<P>[] {
  const sorted = proposals
    .map((proposal, index) => ({ proposal, index }))
    .sort((a, b) => b.proposal.dots - a.proposal.dots || a.index - b.index);
  return sorted.map(({ proposal }, i) => {
    const firstEqual = sorted.findIndex((s) => s.proposal.dots === proposal.dots);
    return { rank: firstEqual === -1 ? i + 1 : firstEqual + 1, proposal };
  });
}
