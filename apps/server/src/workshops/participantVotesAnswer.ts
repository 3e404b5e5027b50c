import { findEntity, keys } from '@werkbank/concept';
import type * as Y from 'yjs';

/** What a participant learns after setting their dots: the set now stored and how many dots are left. */
export interface VotesAnswer {
  myVotes: Record<string, number>;
  dotsLeft: number;
}

/**
 * The answer to a successful `setParticipantVotes`: the set it stored is the one sent, without zeros. The
 * proposals' counts reach the participant through the event stream, like everyone else's changes.
 */
export function participantVotesAnswer(
  doc: Y.Doc,
  workshopId: string,
  votes: Record<string, number>,
): VotesAnswer {
  const myVotes = Object.fromEntries(Object.entries(votes).filter(([, dots]) => dots > 0));
  const budget = Number(findEntity(doc, keys.WORKSHOPS, workshopId)?.get('dotsPerParticipant') ?? 0);
  const used = Object.values(myVotes).reduce((sum, dots) => sum + dots, 0);
  return { myVotes, dotsLeft: Math.max(0, budget - used) };
}
