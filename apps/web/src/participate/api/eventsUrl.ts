import type { WorkshopAddress } from './WorkshopAddress.ts';
import { workshopBase } from './workshopBase.ts';

/** The event stream's address; EventSource cannot send headers, so token and participant go in the query. */
export function eventsUrl(address: WorkshopAddress): string {
  const query = new URLSearchParams({ token: address.token });
  if (address.participantId) query.set('participant', address.participantId);
  return `${workshopBase(address)}/events?${query}`;
}
