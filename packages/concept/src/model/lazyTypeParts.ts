/**
 * Stand-ins for the parts every Yjs type allocates up front and most never use (see `trimLoadedDoc`): they
 * behave as the real part does and allocate it on first use. Yjs reaches these parts only through the methods
 * below; `trimLoadedDoc.test.ts` holds a trimmed document to an untrimmed one through edits, observers and sync.
 */

const NOTHING: readonly never[] = Object.freeze([]);

/** A type's key map (`_map`) that holds no Map until a key is set. */
export class LazyMap<K, V> {
  // Plain (not #private) fields: a build for older browsers would turn those into a WeakMap each.
  private map: Map<K, V> | null = null;

  get size(): number {
    return this.map?.size ?? 0;
  }

  get(key: K): V | undefined {
    return this.map?.get(key);
  }

  has(key: K): boolean {
    return this.map?.has(key) ?? false;
  }

  set(key: K, value: V): this {
    this.map ??= new Map();
    this.map.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.map?.delete(key) ?? false;
  }

  clear(): void {
    this.map?.clear();
  }

  forEach(callback: (value: V, key: K, map: LazyMap<K, V>) => void): void {
    this.map?.forEach((value, key) => {
      callback(value, key, this);
    });
  }

  entries(): IterableIterator<[K, V]> {
    return this.map ? this.map.entries() : NOTHING[Symbol.iterator]();
  }

  keys(): IterableIterator<K> {
    return this.map ? this.map.keys() : NOTHING[Symbol.iterator]();
  }

  values(): IterableIterator<V> {
    return this.map ? this.map.values() : NOTHING[Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }
}

/** A type's list of observers (Yjs's `EventHandler`, `{ l: [] }`) that holds no array until one is added. */
export class LazyEventHandler {
  private listeners: unknown[] | null = null;

  get l(): unknown[] {
    this.listeners ??= [];
    return this.listeners;
  }

  set l(listeners: unknown[]) {
    this.listeners = listeners;
  }
}
