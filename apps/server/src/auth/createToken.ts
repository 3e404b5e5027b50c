import { randomBytes } from 'node:crypto';

/** A new capability token: 32 random bytes, base64url (43 characters). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}
