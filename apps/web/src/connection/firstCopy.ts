import { persistenceName } from './persistenceName.ts';
import type { StatePieces } from './readPieces.ts';

/** The server's type for an answer in pieces (`stateRoutes.ts`). */
const PIECES_TYPE = 'application/vnd.werkbank.yjs-pieces';

/** How long a copy asked for ahead stays on offer (and in memory). */
const EARLY_FOR_MS = 15_000;

let early: {
  conceptId: string;
  token: string;
  copy: Promise<StatePieces | null>;
  /** Set once known: this device holds a copy, so there is nothing to wait for. */
  onDevice?: boolean;
} | null = null;

/** Whether this device keeps a copy of the concept in IndexedDB; unknown (no `databases()`) counts as yes. */
async function hasDeviceCopy(conceptId: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  const name = persistenceName(conceptId);
  return (await indexedDB.databases()).some((database) => database.name === name);
}

/**
 * The concept's state from `GET /api/concepts/:id/state?pieces=1`, in the pieces the server cut it into (a large
 * concept is applied piece by piece, in tasks of its own), or null when it cannot be had.
 */
async function fetchState(conceptId: string, token: string): Promise<StatePieces | null> {
  const response = await fetch(`/api/concepts/${encodeURIComponent(conceptId)}/state?pieces=1`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) return null;
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith(PIECES_TYPE)) {
    // Imported when the answer is here: Yjs's decoding (in the chunk with Yjs) is not part of the page's first task.
    const [{ readPieces }, body] = await Promise.all([import('./readPieces.ts'), response.arrayBuffer()]);
    return readPieces(new Uint8Array(body));
  }
  // A server from before the pieces answers the whole state; anything else (a proxy's page) is no Yjs update.
  if (type.startsWith('application/octet-stream')) return [new Uint8Array(await response.arrayBuffer())];
  return null;
}

/**
 * On a first visit (this device holds no copy of the concept: `newOnDevice`, or no IndexedDB database for it),
 * asks for the concept over HTTP as the app starts:
 * compressed, and while the page's code still loads, where the sync socket would bring it uncompressed once that
 * code is here. `ConceptConnection` applies it unless the socket was quicker.
 */
export function fetchFirstCopyEarly(conceptId: string, token: string, newOnDevice: boolean): void {
  const entry: NonNullable<typeof early> = { conceptId, token, copy: Promise.resolve(null) };
  // A concept new on this device is asked for at once (in this task, not a later one), before the app's code is:
  // the browser sends only a few requests at a time and would queue this one behind it.
  if (newOnDevice) {
    entry.onDevice = false;
    entry.copy = fetchState(conceptId, token).catch(() => null); // the socket brings the concept then
  } else {
    entry.copy = hasDeviceCopy(conceptId)
      .then((onDevice) => {
        entry.onDevice = onDevice;
        return onDevice ? null : fetchState(conceptId, token);
      })
      .catch(() => null); // the socket brings the concept then
  }
  early = entry;
  // Not kept for the page's life: the copy is large.
  setTimeout(() => {
    if (early === entry) early = null;
  }, EARLY_FOR_MS);
}

/**
 * The copy asked for by `fetchFirstCopyEarly` for this concept and token, if it was asked for lately and this
 * device may lack the concept (a connection given it waits for it before it connects).
 */
export function firstCopyFor(conceptId: string, token: string): Promise<StatePieces | null> | undefined {
  const asked = early;
  if (asked?.conceptId !== conceptId || asked.token !== token || asked.onDevice) return;
  return asked.copy;
}
