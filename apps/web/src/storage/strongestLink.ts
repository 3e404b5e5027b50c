import { roleRank } from './roleRank.ts';
import type { StoredLink } from './StoredLink.ts';

function newestFirst(a: StoredLink, b: StoredLink): number {
  return b.addedAt.localeCompare(a.addedAt);
}

/**
 * The link to open a concept with: the strongest confirmed one (the newest among equals), else the newest
 * one not yet checked, else — when the server refused them all — the newest refused one, so the refusal shows.
 */
export function strongestLink(links: readonly StoredLink[]): StoredLink | undefined {
  const usable = links.filter((l) => !l.refused);
  const confirmed = usable.filter((l) => l.confirmed);
  if (confirmed.length > 0) {
    return [...confirmed].sort((a, b) => roleRank(b.role) - roleRank(a.role) || newestFirst(a, b))[0];
  }
  return [...(usable.length > 0 ? usable : links)].sort(newestFirst)[0];
}
