import type { Role } from './RecentConcept.ts';

/** One link this device was given for a concept: kept even when a stronger one is used. */
export interface StoredLink {
  token: string;
  /** As the server reported it; a placeholder until `confirmed`. */
  role: Role;
  /** False until the server confirmed the role of this token. */
  confirmed: boolean;
  /** True once the server refused the token (revoked, expired, or not a concept link). */
  refused?: boolean;
  /** ISO timestamp of when this device got the link. */
  addedAt: string;
}
