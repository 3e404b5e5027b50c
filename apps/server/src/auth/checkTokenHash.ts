import type { LinkStore } from '../store/LinkStore.ts';
import type { TokenCheck } from './checkToken.ts';

/** Finds the live link of the token hashed `tokenHash` for `conceptId` (see checkToken). */
export function checkTokenHash(
  links: LinkStore,
  conceptId: string,
  tokenHash: string,
  now = Date.now(),
): TokenCheck {
  const link = links.findByHash(tokenHash);
  if (!link || link.conceptId !== conceptId) return { ok: false, reason: 'token-invalid' };
  if (link.revokedAt) return { ok: false, reason: 'token-revoked' };
  if (link.expiresAt && Date.parse(link.expiresAt) <= now) return { ok: false, reason: 'token-expired' };
  return { ok: true, link };
}
