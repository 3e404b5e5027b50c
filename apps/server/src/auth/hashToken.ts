import { createHash } from 'node:crypto';

/** The SHA-256 hex digest under which a token is stored; the token itself never is. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
