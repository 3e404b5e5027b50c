import type { Link, LinkStore } from '../store/LinkStore.ts';
import { checkTokenHash } from './checkTokenHash.ts';
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
  return checkTokenHash(links, conceptId, hashToken(token), now);
}
