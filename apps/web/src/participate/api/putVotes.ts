import type { WorkshopProjection } from '@werkbank/concept';
import type { WorkshopAddress } from './WorkshopAddress.ts';
import { workshopRequest } from './workshopRequest.ts';

/** What the server answers to a vote: the dots it stored for this participant and how many are left. */
export type VotesAnswer = Pick<WorkshopProjection, 'myVotes' | 'dotsLeft'>;

/** Replaces all of this participant's dots at once; answers them as stored. */
export function putVotes(address: WorkshopAddress, votes: Record<string, number>): Promise<VotesAnswer> {
  return workshopRequest<VotesAnswer>(address, '/votes', { method: 'PUT', body: { votes } });
}
