import type { RecentConcept } from './RecentConcept.ts';
import { readJson } from './readJson.ts';
import { writeJson } from './writeJson.ts';

const KEY = 'werkbank.recentConcepts';
const MAX = 50;
const listeners = new Set<() => void>();
let cache: RecentConcept[] | null = null;

function isRecent(value: unknown): value is RecentConcept {
  const v = value as RecentConcept;
  return typeof v?.id === 'string' && typeof v.token === 'string' && typeof v.role === 'string';
}

function save(list: RecentConcept[]): void {
  cache = list;
  writeJson(KEY, list);
  for (const listener of listeners) listener();
}

/** Concepts opened on this device, most recent first. */
export function listRecentConcepts(): RecentConcept[] {
  if (cache === null) {
    const stored = readJson<unknown>(KEY, []);
    cache = (Array.isArray(stored) ? stored.filter(isRecent) : []).sort((a, b) =>
      b.lastOpened.localeCompare(a.lastOpened),
    );
  }
  return cache;
}

/** The remembered entry of concept `id`. */
export function getRecentConcept(id: string): RecentConcept | undefined {
  return listRecentConcepts().find((c) => c.id === id);
}

/** Remembers (or refreshes) a concept; the newest link for a concept replaces an older one. */
export function rememberConcept(entry: Omit<RecentConcept, 'lastOpened'> & { lastOpened?: string }): void {
  const next = { ...entry, lastOpened: entry.lastOpened ?? new Date().toISOString() };
  save([next, ...listRecentConcepts().filter((c) => c.id !== entry.id)].slice(0, MAX));
}

/** Forgets a concept on this device. */
export function forgetConcept(id: string): void {
  save(listRecentConcepts().filter((c) => c.id !== id));
}

/** Calls `listener` whenever the list changes (also from another tab). */
export function subscribeRecentConcepts(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    cache = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
