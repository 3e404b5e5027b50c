import type { WorkshopProjection } from '@werkbank/concept';
import type { WorkshopAddress } from './WorkshopAddress.ts';
import { workshopRequest } from './workshopRequest.ts';

/** What participants (or, without participant id, the wall) see of the workshop now. */
export function fetchProjection(address: WorkshopAddress): Promise<WorkshopProjection> {
  return workshopRequest<WorkshopProjection>(address, '');
}
