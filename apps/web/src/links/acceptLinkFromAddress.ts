import { getRecentConcept, rememberConcept } from '../storage/recentConcepts.ts';
import { takeTokenFromAddress } from './takeTokenFromAddress.ts';

/**
 * On load: a token in the address bar (`/c/<id>#t=<token>`) moves to this device's list and leaves the
 * address bar. Its role is confirmed by the server when the workspace opens.
 */
export function acceptLinkFromAddress(): void {
  const link = takeTokenFromAddress();
  if (!link) return;
  const known = getRecentConcept(link.conceptId);
  if (known?.token === link.token) return;
  rememberConcept({
    id: link.conceptId,
    token: link.token,
    title: known?.title ?? '',
    territory: known?.territory ?? '',
    role: 'viewer',
    confirmed: false,
  });
}
