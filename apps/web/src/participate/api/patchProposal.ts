import type { WorkshopProjection } from '@werkbank/concept';
import type { WorkshopAddress } from './WorkshopAddress.ts';
import { workshopRequest } from './workshopRequest.ts';

/** Changes one's own proposal while the workshop collects; answers the projection with the change. */
export function patchProposal(
  address: WorkshopAddress,
  proposalId: string,
  change: { text: string; fieldId: string | null; targetGroup: string },
): Promise<WorkshopProjection> {
  return workshopRequest<WorkshopProjection>(address, `/proposals/${encodeURIComponent(proposalId)}`, {
    method: 'PATCH',
    body: change,
  });
}
