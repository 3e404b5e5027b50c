import type { ProposalInput } from './ProposalInput.ts';
import type { WorkshopAddress } from './WorkshopAddress.ts';
import { workshopRequest } from './workshopRequest.ts';

/** Sends a proposal; safe to repeat, the server answers a known `submissionId` with the first proposal. */
export function postProposal(address: WorkshopAddress, input: ProposalInput): Promise<{ id: string }> {
  const body = {
    submissionId: input.submissionId,
    text: input.text,
    ...(input.fieldId ? { fieldId: input.fieldId } : {}),
    ...(input.targetGroup ? { targetGroup: input.targetGroup } : {}),
    ...(input.displayName ? { displayName: input.displayName } : {}),
  };
  return workshopRequest<{ id: string }>(address, '/proposals', { method: 'POST', body });
}
