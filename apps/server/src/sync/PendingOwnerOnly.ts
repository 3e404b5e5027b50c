import { keys } from '@werkbank/concept';
import * as Y from 'yjs';
import { OWNER_ONLY_META } from './ownerOnlyWrite.ts';

// A value compared by content, so a change inside a shared type stored under the key counts too.
function contentOf(value: unknown): string {
  return JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : (value ?? null));
}

/**
 * The owner-only keys against items Yjs keeps pending because they build on something the server has not seen
 * (`ownerOnlyWrite` cannot place them on arrival). While a socket that is not the owner's has left such items,
 * every update is applied through `apply`: when the owner-only value then changes and the change is not the
 * owner's own update's, the value is put back in a transaction of the server's (stored and relayed like any).
 */
export class PendingOwnerOnly {
  #watching = false;

  /** Applies `update` (through `applyUpdate`) and returns the keys it had to put back. */
  apply(doc: Y.Doc, fromOwner: boolean, ownerWrites: () => boolean, applyUpdate: () => void): string[] {
    const meta = doc.getMap(keys.META);
    const watch = this.#watching && (!fromOwner || !ownerWrites());
    const before = watch ? new Map(OWNER_ONLY_META.map((key) => [key, meta.get(key)])) : null;
    const shown = before && new Map(OWNER_ONLY_META.map((key) => [key, contentOf(meta.get(key))]));
    applyUpdate();
    this.#watching = (this.#watching || !fromOwner) && doc.store.pendingStructs !== null;
    if (!before || !shown) return [];
    const changed = OWNER_ONLY_META.filter((key) => contentOf(meta.get(key)) !== shown.get(key));
    if (changed.length === 0) return [];
    doc.transact(() => {
      for (const key of changed) {
        const value = before.get(key);
        if (value === undefined) meta.delete(key);
        else meta.set(key, value instanceof Y.AbstractType ? value.toJSON() : value);
      }
    });
    return changed;
  }
}
