import * as Y from 'yjs';

/**
 * Stand-ins for parts every Yjs type allocates up front, though most hold little or nothing (see `trimLoadedDoc`):
 * they behave as the real part does and take less room. Yjs reaches these parts only through the methods below;
 * `trimLoadedDoc.test.ts` holds a trimmed document to an untrimmed one through edits, observers and sync.
 */

/** Above this many keys a compact map turns into a real Map: a lookup then no longer walks the keys. */
export const COMPACT_MAP_MAX_KEYS = 32;

/**
 * A type's key map (`_map`) of a few keys, in one array of keys and values taken in turn. A JS Map of one key
 * takes 184 bytes here (its hash table has room for four), of 23 keys (a measure) 968; this one 96 and 448. Keeps
 * the order keys were first set in, as a Map does. Holds a Map once it has more than `COMPACT_MAP_MAX_KEYS` keys.
 */
export class CompactMap<K, V> {
  // The keys and values in turn, or a Map once there are more than COMPACT_MAP_MAX_KEYS keys; null while empty.
  // One plain field (not #private: a build for older browsers would turn that into a WeakMap).
  private store: (K | V)[] | Map<K, V> | null;

  /** `list` (keys and values in turn) becomes the map's own; it is not copied. */
  constructor(list: (K | V)[] | null = null) {
    this.store = list !== null && list.length > 0 ? list : null;
  }

  /** The compact form of `map`'s entries (keys as `key` returns them), or `map` itself where it is too large. */
  static of<K, V>(map: Map<K, V>, key: (k: K) => K = (k) => k): CompactMap<K, V> | Map<K, V> {
    if (map.size > COMPACT_MAP_MAX_KEYS) return map;
    const list = new Array<K | V>(map.size * 2);
    let i = 0;
    for (const [k, v] of map) {
      list[i++] = key(k);
      list[i++] = v;
    }
    return new CompactMap<K, V>(list);
  }

  get size(): number {
    const store = this.store;
    return store === null ? 0 : store instanceof Map ? store.size : store.length / 2;
  }

  get(key: K): V | undefined {
    const store = this.store;
    if (store === null) return undefined;
    if (store instanceof Map) return store.get(key);
    const at = indexOf(store, key);
    return at < 0 ? undefined : (store[at + 1] as V);
  }

  has(key: K): boolean {
    const store = this.store;
    if (store === null) return false;
    return store instanceof Map ? store.has(key) : indexOf(store, key) >= 0;
  }

  set(key: K, value: V): this {
    const store = this.store;
    if (store === null) this.store = [key, value];
    else if (store instanceof Map) store.set(key, value);
    else {
      const at = indexOf(store, key);
      if (at >= 0) store[at + 1] = value;
      else if (store.length < COMPACT_MAP_MAX_KEYS * 2) store.push(key, value);
      else {
        const map = new Map<K, V>();
        for (let i = 0; i < store.length; i += 2) map.set(store[i] as K, store[i + 1] as V);
        map.set(key, value);
        this.store = map;
      }
    }
    return this;
  }

  delete(key: K): boolean {
    const store = this.store;
    if (store === null) return false;
    if (store instanceof Map) return store.delete(key);
    const at = indexOf(store, key);
    if (at < 0) return false;
    if (store.length === 2) this.store = null;
    else store.splice(at, 2);
    return true;
  }

  clear(): void {
    this.store = null;
  }

  forEach(callback: (value: V, key: K, map: CompactMap<K, V>) => void): void {
    const store = this.store;
    if (store === null) return;
    if (store instanceof Map)
      store.forEach((value, key) => {
        callback(value, key, this);
      });
    else for (let i = 0; i < store.length; i += 2) callback(store[i + 1] as V, store[i] as K, this);
  }

  entries(): IterableIterator<[K, V]> {
    const store = this.store;
    return store instanceof Map ? store.entries() : pairs<K, V>(store);
  }

  keys(): IterableIterator<K> {
    const store = this.store;
    return store instanceof Map ? store.keys() : every(store, 0);
  }

  values(): IterableIterator<V> {
    const store = this.store;
    return store instanceof Map ? store.values() : every(store, 1);
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }
}

function indexOf<K, V>(list: (K | V)[], key: K): number {
  for (let i = 0; i < list.length; i += 2) if (list[i] === key) return i;
  return -1;
}

// Reads the list as it is at each step, as a Map's iterator sees values set meanwhile.
function* pairs<K, V>(list: (K | V)[] | null): IterableIterator<[K, V]> {
  if (list === null) return;
  for (let i = 0; i < list.length; i += 2) yield [list[i] as K, list[i + 1] as V];
}

function* every<T>(list: unknown[] | null, offset: 0 | 1): IterableIterator<T> {
  if (list === null) return;
  for (let i = offset; i < list.length; i += 2) yield list[i] as T;
}

type EventHandler = { l: unknown[] };
const NONE: readonly unknown[] = Object.freeze([]);

/**
 * One observer list (Yjs's `EventHandler`, `{ l: [] }`) for every type nobody observes: a type's `observe` and
 * `observeDeep` give it a list of its own before adding to it (`shareEmptyEventHandlers`). Two per type, most
 * types are never observed on the server.
 */
export const NO_LISTENERS: EventHandler = Object.freeze({
  get l(): unknown[] {
    return NONE as unknown[];
  },
  // Yjs's `unobserve` writes the list back without the listener; of an empty list, that is an empty list.
  set l(_listeners: unknown[]) {},
});

type Observable = { _eH: EventHandler; _dEH: EventHandler };
type Observe = (this: Observable, f: unknown) => void;
let shared = false;

/**
 * Lets types share `NO_LISTENERS`: wraps `observe` and `observeDeep` of Yjs's types (once) so a type that holds it
 * gets a list of its own first. Yjs adds listeners nowhere else.
 */
export function shareEmptyEventHandlers(): void {
  if (shared) return;
  shared = true;
  const prototype = Y.AbstractType.prototype as unknown as { observe: Observe; observeDeep: Observe };
  const observe = prototype.observe;
  const observeDeep = prototype.observeDeep;
  prototype.observe = function (this: Observable, f: unknown) {
    if (this._eH === NO_LISTENERS) this._eH = { l: [] };
    observe.call(this, f);
  };
  prototype.observeDeep = function (this: Observable, f: unknown) {
    if (this._dEH === NO_LISTENERS) this._dEH = { l: [] };
    observeDeep.call(this, f);
  };
}
