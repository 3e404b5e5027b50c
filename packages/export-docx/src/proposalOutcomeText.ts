import type { ProposalJSON } from '@werkbank/concept';
import type { ExportContext } from './ExportContext.ts';

/** What became of a proposal, in the words of the participation annex, with the reason where one was given. */
export function proposalOutcomeText(proposal: ProposalJSON, ctx: ExportContext): string {
  const code = proposal.measureId ? ctx.measureById.get(proposal.measureId)?.code : undefined;
  const reason = proposal.outcomeReason.trim() ? `: ${proposal.outcomeReason.trim()}` : '';
  switch (proposal.outcome) {
    case 'incorporated':
      return `eingeflossen in ${code ?? 'eine inzwischen gelöschte Maßnahme'}${reason}`;
    case 'deferred':
      return `zurückgestellt${reason}`;
    case 'rejected':
      return `abgelehnt${reason}`;
    default:
      if (proposal.measureId === null) return 'offen';
      return code ? `übernommen als ${code}${reason}` : 'übernommen (Maßnahme inzwischen gelöscht)';
  }
}
