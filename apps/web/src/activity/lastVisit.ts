// When this browser last had the concept open: written while the workspace is open.
const seenKey = (conceptId: string) => `werkbank.lastSeen.${conceptId}`;
// The previous visit as this tab found it on opening, so a reload does not make it "now".
const sinceKey = (conceptId: string) => `werkbank.visitSince.${conceptId}`;

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Storage full or blocked: the next visit then shows no changes, which is all that is lost.
  }
}

/**
 * The time (ISO) of this browser's previous visit to the concept, fixed for the tab when it first opened the
 * concept; null on the first visit. `none` in the tab's storage means the first visit.
 */
export function startVisit(
  conceptId: string,
  stores: { local: Storage; session: Storage } = { local: localStorage, session: sessionStorage },
): string | null {
  const fixed = read(stores.session, sinceKey(conceptId));
  if (fixed !== null) return fixed === 'none' ? null : fixed;
  const previous = read(stores.local, seenKey(conceptId));
  write(stores.session, sinceKey(conceptId), previous ?? 'none');
  return previous;
}

/** Notes that the concept is open now. */
export function markSeen(conceptId: string, now: Date = new Date(), storage: Storage = localStorage): void {
  write(storage, seenKey(conceptId), now.toISOString());
}
