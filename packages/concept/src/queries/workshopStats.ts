import type { ProposalJSON } from '../json/conceptJsonSchema.ts';

/** What a workshop produced, as the moderation and the export count it. */
export interface WorkshopStats {
  /** Distinct pseudonymous ids among proposals and votes. */
  participants: number;
  /** Released proposals (not hidden, not waiting), merged duplicates included. */
  proposals: number;
  pending: number;
  hidden: number;
  /** Dots placed on proposals that are not hidden. */
  dots: number;
}

/** Counts of one workshop's proposals (as `readProposals` or Concept JSON give them). */
export function workshopStats(proposals: readonly ProposalJSON[]): WorkshopStats {
  const ids = new Set<string>();
  let hidden = 0;
  let pending = 0;
  let dots = 0;
  for (const p of proposals) {
    if (p.participantId) ids.add(p.participantId);
    for (const participant of Object.keys(p.votes)) ids.add(participant);
    if (p.moderation === 'hidden') hidden++;
    else dots += Object.values(p.votes).reduce((sum, n) => sum + n, 0);
    if (p.moderation === 'pending') pending++;
  }
  return { participants: ids.size, proposals: proposals.length - hidden - pending, pending, hidden, dots };
}
