import type { Role } from './RecentConcept.ts';

const RANK: Record<Role, number> = { owner: 3, editor: 2, viewer: 1 };

/** How much a role may do: owner > editor > viewer (0 for anything else, e.g. a workshop token). */
export function roleRank(role: string): number {
  return RANK[role as Role] ?? 0;
}
