import type { RecentConcept, Role } from './RecentConcept.ts';
import { readRecentConcept } from './readRecentConcept.ts';
import type { StoredLink } from './StoredLink.ts';

/** What is learnt about one link of a concept: from the address, a pasted link, creation or the server. */
export interface LinkNews {
  id: string;
  token: string;
  role: Role;
  title: string;
  territory: string;
  /** True when the server has just confirmed `role` (and `title`, `territory`) for this token. */
  confirmed?: boolean;
  lastOpened?: string;
  keepLinkSafe?: boolean;
}

/**
 * `known` with the link from `news` added or updated; the other links stay. News that the server has not
 * confirmed never overwrites what it confirmed before; it only lets a refused token be tried again.
 */
export function withLink(known: RecentConcept | undefined, news: LinkNews, now: string): RecentConcept {
  const links = known?.links ?? [];
  const old = links.find((l) => l.token === news.token);
  const confirmed = news.confirmed !== false;
  let link: StoredLink;
  if (confirmed) link = { token: news.token, role: news.role, confirmed, addedAt: old?.addedAt ?? now };
  else if (!old) link = { token: news.token, role: news.role, confirmed, addedAt: now };
  else if (old.refused) link = { token: old.token, role: old.role, confirmed: false, addedAt: old.addedAt };
  else link = old;
  const keep = news.keepLinkSafe ?? known?.keepLinkSafe;
  const entry = readRecentConcept({
    id: news.id,
    title: confirmed || !known ? news.title : known.title,
    territory: confirmed || !known ? news.territory : known.territory,
    lastOpened: news.lastOpened ?? now,
    links: [...links.filter((l) => l.token !== news.token), link],
    keepLinkSafe: keep,
  });
  if (!entry) throw new Error('withLink: a link without token');
  return entry;
}
