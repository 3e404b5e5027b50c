import type { ProposalJSON } from './conceptJsonSchema.ts';

/**
 * Votes as readers count them: each participant's dots across a workshop, in proposal order, up to the
 * budget. `castVote` checks the budget, but two replicas voting at once can each stay within it and together
 * exceed it; capping on read gives every replica the same, valid result.
 */
export function capVotes(proposals: ProposalJSON[], dotsPerParticipant: number): ProposalJSON[] {
  const used = new Map<string, number>();
  return proposals.map((proposal) => {
    let changed = false;
    const votes: Record<string, number> = {};
    for (const [participant, dots] of Object.entries(proposal.votes)) {
      const before = used.get(participant) ?? 0;
      const counted = Math.max(0, Math.min(dots, dotsPerParticipant - before));
      used.set(participant, before + counted);
      if (counted !== dots) changed = true;
      if (counted > 0) votes[participant] = counted;
    }
    return changed ? { ...proposal, votes } : proposal;
  });
}
