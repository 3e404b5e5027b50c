import { getRecentConcept, rememberConcept } from '../storage/recentConcepts.ts';
import { arrivedLinks, newOnDevice } from './arrivedLinks.ts';
import { takeTokenFromAddress } from './takeTokenFromAddress.ts';

/**
 * On load: a token in the address bar (`/c/<id>#t=<token>`) moves to this device's list and leaves the
 * address bar. It joins the links kept for the concept and never replaces a stronger one; its role is
 * confirmed by the server when the workspace opens.
 */
export function acceptLinkFromAddress(): void {
  const link = takeTokenFromAddress();
  if (!link) return;
  arrivedLinks.set(link.conceptId, link.token);
  const known = getRecentConcept(link.conceptId);
  if (!known) newOnDevice.add(link.conceptId);
  rememberConcept({
    id: link.conceptId,
    token: link.token,
    title: known?.title ?? '',
    territory: known?.territory ?? '',
    role: 'viewer',
    confirmed: false,
  });
}
