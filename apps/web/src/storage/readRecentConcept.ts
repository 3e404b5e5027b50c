import type { RecentConcept, Role } from './RecentConcept.ts';
import type { StoredLink } from './StoredLink.ts';
import { strongestLink } from './strongestLink.ts';

const ROLES: readonly string[] = ['owner', 'editor', 'viewer'];
const EPOCH = new Date(0).toISOString();

interface Raw {
  id?: unknown;
  title?: unknown;
  territory?: unknown;
  role?: unknown;
  token?: unknown;
  confirmed?: unknown;
  refused?: unknown;
  lastOpened?: unknown;
  links?: unknown;
  keepLinkSafe?: unknown;
  addedAt?: unknown;
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function readLink(value: unknown, lastOpened: string): StoredLink | null {
  const raw = (value ?? {}) as Raw;
  if (typeof raw.token !== 'string' || !raw.token) return null;
  const role = (ROLES.includes(text(raw.role)) ? raw.role : 'viewer') as Role;
  const link: StoredLink = {
    token: raw.token,
    role,
    confirmed: raw.confirmed !== false && ROLES.includes(text(raw.role)),
    addedAt: text(raw.addedAt, lastOpened),
  };
  return raw.refused === true ? { ...link, refused: true } : link;
}

/**
 * One stored entry in today's shape, whatever shape it was stored in: entries from before the device kept
 * several links (`{ id, token, role, confirmed }`) become an entry with that one link. Null when unreadable.
 */
export function readRecentConcept(value: unknown): RecentConcept | null {
  const raw = (value ?? {}) as Raw;
  if (typeof raw.id !== 'string' || !raw.id) return null;
  const lastOpened = text(raw.lastOpened, EPOCH);
  const listed = Array.isArray(raw.links) ? raw.links : [raw];
  const links = listed.map((l) => readLink(l, lastOpened)).filter((l): l is StoredLink => l !== null);
  const best = strongestLink(links);
  if (!best) return null;
  return {
    id: raw.id,
    title: text(raw.title),
    territory: text(raw.territory),
    role: best.role,
    token: best.token,
    confirmed: best.confirmed,
    ...(best.refused ? { refused: true } : {}),
    lastOpened,
    links,
    ...(raw.keepLinkSafe === true ? { keepLinkSafe: true } : {}),
  };
}
