import type { RecentConcept } from './RecentConcept.ts';
import { readJson } from './readJson.ts';
import { readRecentConcept } from './readRecentConcept.ts';
import { type LinkNews, withLink } from './withLink.ts';
import { writeJson } from './writeJson.ts';

const KEY = 'werkbank.recentConcepts';
const MAX = 50;
const listeners = new Set<() => void>();
/** A weaker link the person chose to open a concept with, for as long as this page lives. */
const chosen = new Map<string, string>();
let stored: RecentConcept[] | null = null;
let shown: RecentConcept[] | null = null;

function load(): RecentConcept[] {
  if (stored === null) {
    const raw = readJson<unknown>(KEY, []);
    stored = (Array.isArray(raw) ? raw : [])
      .map(readRecentConcept)
      .filter((c): c is RecentConcept => c !== null)
      .sort((a, b) => b.lastOpened.localeCompare(a.lastOpened));
  }
  return stored;
}

function withChoice(entry: RecentConcept): RecentConcept {
  const link = entry.links?.find((l) => l.token === chosen.get(entry.id) && l.confirmed && !l.refused);
  if (!link || link.token === entry.token) return entry;
  return { ...entry, token: link.token, role: link.role, confirmed: true };
}

function notify(): void {
  shown = null;
  for (const listener of listeners) listener();
}

// Stored with `token` and `role` of the strongest link on top, so an older build still opens the concept.
function save(list: RecentConcept[]): void {
  stored = list;
  writeJson(KEY, list);
  notify();
}

function update(id: string, change: (entry: RecentConcept) => RecentConcept): void {
  const list = load();
  const entry = list.find((c) => c.id === id);
  if (!entry) return;
  const next = readRecentConcept(change(entry));
  if (next) save(list.map((c) => (c.id === id ? next : c)));
}

/** Concepts opened on this device, most recent first, each with the link in use. */
export function listRecentConcepts(): RecentConcept[] {
  shown ??= load().map(withChoice);
  return shown;
}

/** The remembered entry of concept `id`. */
export function getRecentConcept(id: string): RecentConcept | undefined {
  return listRecentConcepts().find((c) => c.id === id);
}

/**
 * Remembers a link of a concept (and refreshes title and "last opened"). Every link is kept: a weaker one
 * never replaces a stronger one, the strongest is used.
 */
export function rememberConcept(news: LinkNews): void {
  const list = load();
  const next = withLink(
    list.find((c) => c.id === news.id),
    news,
    new Date().toISOString(),
  );
  save([next, ...list.filter((c) => c.id !== news.id)].slice(0, MAX));
}

/** Notes that the server refused `token` for concept `id`: the next strongest link is used from now on. */
export function markLinkRefused(id: string, token: string): void {
  update(id, (entry) => ({
    ...entry,
    links: entry.links?.map((l) => (l.token === token ? { ...l, refused: true } : l)),
  }));
}

/** Opens concept `id` with the weaker link `token` for now (null: back to the strongest); both stay kept. */
export function chooseLink(id: string, token: string | null): void {
  if (token) chosen.set(id, token);
  else chosen.delete(id);
  notify();
}

/** The owner has kept the owner link safe: the step after creating the concept is done. */
export function markLinkKeptSafe(id: string): void {
  update(id, ({ keepLinkSafe: _, ...entry }) => entry);
}

/** Forgets a concept on this device, with every link kept for it. */
export function forgetConcept(id: string): void {
  chosen.delete(id);
  save(load().filter((c) => c.id !== id));
}

/** Calls `listener` whenever the list changes (also from another tab). */
export function subscribeRecentConcepts(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    stored = null;
    shown = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
