import { persistenceName } from './persistenceName.ts';

/** How long a copy asked for ahead stays on offer. */
const EARLY_FOR_MS = 15_000;

let early: { conceptId: string; token: string; copy: Promise<Uint8Array | null>; at: number } | null = null;

/** Whether this device keeps a copy of the concept in IndexedDB; unknown (no `databases()`) counts as yes. */
async function hasDeviceCopy(conceptId: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  const name = persistenceName(conceptId);
  return (await indexedDB.databases()).some((database) => database.name === name);
}

/** The concept's state from `GET /api/concepts/:id/state`, or null when it cannot be had. */
async function fetchState(conceptId: string, token: string): Promise<Uint8Array | null> {
  const response = await fetch(`/api/concepts/${encodeURIComponent(conceptId)}/state`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
}

/**
 * On a first visit (this device holds no copy of the concept: `newOnDevice`, or no IndexedDB database for it),
 * asks for the concept over HTTP as the app starts:
 * compressed, and while the page's code still loads, where the sync socket would bring it uncompressed once that
 * code is here. `ConceptConnection` applies it unless the socket was quicker.
 */
export function fetchFirstCopyEarly(conceptId: string, token: string, newOnDevice: boolean): void {
  // A concept new on this device is asked for at once, before the app's code is: the browser sends only a few
  // requests at a time and would queue this one behind it.
  const copy = (
    newOnDevice
      ? fetchState(conceptId, token)
      : hasDeviceCopy(conceptId).then((has) => (has ? null : fetchState(conceptId, token)))
  ).catch(() => null); // the socket brings the concept then
  early = { conceptId, token, copy, at: Date.now() };
}

/** The copy asked for by `fetchFirstCopyEarly` for this concept and token, if it was asked for lately. */
export function firstCopyFor(conceptId: string, token: string): Promise<Uint8Array | null> | undefined {
  const asked = early;
  if (asked?.conceptId !== conceptId || asked.token !== token || Date.now() - asked.at > EARLY_FOR_MS) return;
  return asked.copy;
}
