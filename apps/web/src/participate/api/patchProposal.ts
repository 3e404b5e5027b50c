import type { WorkshopAddress } from './WorkshopAddress.ts';
import { workshopRequest } from './workshopRequest.ts';

/** Changes one's own proposal while the workshop collects. */
export function patchProposal(
  address: WorkshopAddress,
  proposalId: string,
  change: { text: string; fieldId: string | null; targetGroup: string },
): Promise<unknown> {
  return workshopRequest(address, `/proposals/${encodeURIComponent(proposalId)}`, {
    method: 'PATCH',
    body: change,
  });
}
