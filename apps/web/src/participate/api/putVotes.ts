import type { WorkshopProjection } from '@werkbank/concept';
import type { WorkshopAddress } from './WorkshopAddress.ts';
import { workshopRequest } from './workshopRequest.ts';

/** Replaces all of this participant's dots at once; answers the projection with them. */
export function putVotes(
  address: WorkshopAddress,
  votes: Record<string, number>,
): Promise<WorkshopProjection> {
  return workshopRequest<WorkshopProjection>(address, '/votes', { method: 'PUT', body: { votes } });
}
