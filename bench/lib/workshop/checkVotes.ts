import type { StoredProposal } from './StoredProposal.ts';

/**
 * Whether every participant's stored dots stay within `budget`, and whether they are exactly the set of the
 * last PUT the server accepted from that participant (`sent`: participant id → proposal id → dots).
 */
export function checkVotes(
  stored: StoredProposal[],
  sent: Record<string, Record<string, number>>,
  budget: number,
): { withinBudget: boolean; asSent: boolean } {
  const held: Record<string, Record<string, number>> = {};
  for (const proposal of stored) {
    for (const [participant, dots] of Object.entries(proposal.votes)) {
      held[participant] = { ...held[participant], [proposal.id]: dots };
    }
  }
  const total = (votes: Record<string, number>) => Object.values(votes).reduce((sum, d) => sum + d, 0);
  const withinBudget = Object.values(held).every((votes) => total(votes) <= budget);
  const same = (a: Record<string, number> = {}, b: Record<string, number> = {}) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([id, d]) => b[id] === d);
  const participants = new Set([...Object.keys(held), ...Object.keys(sent)]);
  const asSent = [...participants].every((p) => same(held[p], sent[p]));
  return { withinBudget, asSent };
}
