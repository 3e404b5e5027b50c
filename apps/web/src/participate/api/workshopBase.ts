import type { WorkshopAddress } from './WorkshopAddress.ts';

/** The workshop interface's base path. */
export function workshopBase(address: WorkshopAddress): string {
  return `/api/workshops/${encodeURIComponent(address.conceptId)}/${encodeURIComponent(address.workshopId)}`;
}
