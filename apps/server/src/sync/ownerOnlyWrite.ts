import { keys } from '@werkbank/concept';
import * as Y from 'yjs';
import type { DecodedUpdate } from './decodeClientMessage.ts';

/** The keys of `meta` that only the owner may write through the sync (the process path's current phase). */
export const OWNER_ONLY_META: readonly string[] = ['phase'];

type Place = boolean | 'unknown';

// The items of decoded updates per client in clock order: finds the one holding an id by binary search.
function itemIndex(structs: readonly (Y.Item | Y.GC | Y.Skip)[]): (id: Y.ID) => Y.Item | undefined {
  const byClient = new Map<number, Y.Item[]>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    const list = byClient.get(s.id.client) ?? [];
    list.push(s);
    byClient.set(s.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return (id) => {
    const list = byClient.get(id.client) ?? [];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const item = list[mid] as Y.Item;
      if (id.clock < item.id.clock) high = mid - 1;
      else if (id.clock >= item.id.clock + item.length) low = mid + 1;
      else return item;
    }
    return undefined;
  };
}

/**
 * The owner-only `meta` key an update writes, if any: an entry set or deleted under it, or content changed inside
 * a type stored there. An item that names no parent takes its neighbour's (as Yjs does when it integrates it),
 * looked up in the update, in the updates `waiting` to be applied in this turn, then in the document. An item
 * whose neighbour is in none of them is not decided here (Yjs keeps it pending; a tab may build on another tab's
 * edit that reached it by BroadcastChannel before the server): `PendingOwnerOnly` watches it.
 * `update` may come decoded (the socket's frame was decoded on arrival).
 * @example ownerOnlyWrite(room.doc, update, []) // 'phase' when an editor's raw client set meta.phase
 */
export function ownerOnlyWrite(
  doc: Y.Doc,
  update: Uint8Array | DecodedUpdate,
  waiting: readonly Uint8Array[] = [],
): string | null {
  const meta = doc.getMap(keys.META);
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  const own = itemIndex(structs);
  let others: ((id: Y.ID) => Y.Item | undefined) | undefined;
  // The waiting updates are read only when an item builds on something the document does not hold yet.
  const inUpdate = (id: Y.ID) => {
    const found = own(id);
    if (found || id.clock < Y.getState(doc.store, id.client)) return found;
    others ??= itemIndex(waiting.flatMap((w) => Y.decodeUpdate(w).structs));
    return others(id);
  };
  const inDoc = (id: Y.ID) =>
    id.clock < Y.getState(doc.store, id.client) ? Y.getItem(doc.store, id) : undefined;
  for (const key of OWNER_ONLY_META) {
    // Whether a document item is the entry under `key` or lies inside one.
    const stored = (item: Y.Item | Y.GC | undefined): Place => {
      if (!(item instanceof Y.Item)) return false;
      const parent = item.parent as Y.AbstractType<unknown>;
      if (parent === meta) return item.parentSub === key;
      return parent._item ? stored(parent._item) : false;
    };
    const seen = new Map<Y.Item, Place>();
    // Whether an item of the update goes under `key` or inside what is stored there; a chain of neighbours
    // within the update is followed without recursion, as one update may hold thousands.
    const received = (start: Y.Item): Place => {
      const chain: Y.Item[] = [];
      let place: Place = false;
      for (let item: Y.Item | undefined = start; item; ) {
        const known = seen.get(item);
        if (known !== undefined) {
          place = known;
          break;
        }
        seen.set(item, false);
        chain.push(item);
        const parent = item.parent as unknown as string | Y.ID | null;
        if (typeof parent === 'string') {
          place = parent === keys.META && item.parentSub === key;
          break;
        }
        const next = parent ?? item.origin ?? item.rightOrigin;
        if (!next) break;
        item = inUpdate(next);
        if (!item) {
          const found = inDoc(next);
          place = found === undefined ? 'unknown' : stored(found);
        }
      }
      for (const item of chain) seen.set(item, place);
      return place;
    };
    // Items the document already holds change nothing (a client may send them again).
    const fresh = (s: Y.Item) => s.id.clock + s.length > Y.getState(doc.store, s.id.client);
    for (const s of structs) if (s instanceof Y.Item && fresh(s) && received(s) === true) return key;
    for (const [client, deletes] of ds.clients) {
      for (const { clock, len } of deletes) {
        for (let c = clock; c < clock + len; ) {
          const item = inDoc(Y.createID(client, c));
          if (!item) break;
          // Every sync step 2 carries the sender's whole delete set: only a deletion not yet made counts.
          if (!item.deleted && stored(item) === true) return key;
          c = item.id.clock + item.length;
        }
      }
    }
  }
  return null;
}
