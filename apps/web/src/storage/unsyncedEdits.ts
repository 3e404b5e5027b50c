import { readJson } from './readJson.ts';
import { writeJson } from './writeJson.ts';

const key = (conceptId: string) => `werkbank.unsynced.${conceptId}`;

interface Stored {
  edits: number;
  since: string;
}

/** How many edits of a concept this device holds that the server has not confirmed, and since when. */
export function readUnsyncedEdits(conceptId: string): { edits: number; since: string | null } {
  const stored = readJson<Partial<Stored> | null>(key(conceptId), null);
  const edits = typeof stored?.edits === 'number' && stored.edits > 0 ? Math.floor(stored.edits) : 0;
  return { edits, since: edits > 0 && typeof stored?.since === 'string' ? stored.since : null };
}

/**
 * Keeps the count of unconfirmed edits across reloads: edits made offline in an earlier session stay counted
 * until the server confirms them, so a page that cannot connect any more can still say how many would be lost.
 */
export class UnsyncedEditCounter {
  private base: number;
  private since: string | null;
  private last = -1;

  constructor(private readonly conceptId: string) {
    const stored = readUnsyncedEdits(conceptId);
    this.base = stored.edits;
    this.since = stored.since;
  }

  /** Records the session's unconfirmed count; `allConfirmed` once the server has every edit. */
  update(unconfirmed: number, allConfirmed: boolean): void {
    if (allConfirmed) {
      this.base = 0;
      this.since = null;
    }
    const total = allConfirmed ? 0 : this.base + unconfirmed;
    if (total === this.last) return;
    this.last = total;
    if (total === 0) {
      try {
        window.localStorage.removeItem(key(this.conceptId));
      } catch {
        // Blocked storage: nothing to remove.
      }
      return;
    }
    this.since ??= new Date().toISOString();
    writeJson(key(this.conceptId), { edits: total, since: this.since });
  }
}

/** Forgets the count (the concept is removed from this device). */
export function clearUnsyncedEdits(conceptId: string): void {
  try {
    window.localStorage.removeItem(key(conceptId));
  } catch {
    // Blocked storage: nothing to remove.
  }
}
