import type { Link, LinkStore } from '../store/LinkStore.ts';
import { hashToken } from './hashToken.ts';

/** Why a token was refused; each maps to HTTP 401 and WebSocket close 4401. */
export type TokenRefusal = 'token-missing' | 'token-invalid' | 'token-expired' | 'token-revoked';

/** The result of checking a token against one concept. */
export type TokenCheck = { ok: true; link: Link } | { ok: false; reason: TokenRefusal };

/** Finds the live link `token` opens for `conceptId`; a token of another concept counts as invalid. */
export function checkToken(
  links: LinkStore,
  conceptId: string,
  token: string | undefined,
  now = Date.now(),
): TokenCheck {
  if (!token) return { ok: false, reason: 'token-missing' };
  const link = links.findByHash(hashToken(token));
  if (!link || link.conceptId !== conceptId) return { ok: false, reason: 'token-invalid' };
  if (link.revokedAt) return { ok: false, reason: 'token-revoked' };
  if (link.expiresAt && Date.parse(link.expiresAt) <= now) return { ok: false, reason: 'token-expired' };
  return { ok: true, link };
}
