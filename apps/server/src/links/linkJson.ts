import type { Link } from '../store/LinkStore.ts';

/** A link as the API lists it: never with its token, with whether it still opens the concept. */
export function linkJson(link: Link, now = Date.now()) {
  const expired = link.expiresAt !== null && Date.parse(link.expiresAt) <= now;
  return {
    id: link.id,
    role: link.role,
    workshopId: link.workshopId,
    label: link.label,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    active: link.revokedAt === null && !expired,
  };
}
