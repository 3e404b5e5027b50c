import { readProposals } from '@werkbank/concept';
import type * as Y from 'yjs';

/** The pseudonymous ids that took part in a workshop: authors of its proposals and everyone who voted. */
export function participantIdsOf(doc: Y.Doc, workshopId: string): Set<string> {
  const ids = new Set<string>();
  for (const proposal of readProposals(doc, workshopId)) {
    if (proposal.participantId) ids.add(proposal.participantId);
    for (const id of Object.keys(proposal.votes)) ids.add(id);
  }
  return ids;
}
