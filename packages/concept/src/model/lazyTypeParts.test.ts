import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMPACT_MAP_MAX_KEYS, CompactMap, NO_LISTENERS, shareEmptyEventHandlers } from './lazyTypeParts.ts';

/** What a map shows of itself: its entries in order, through every way Yjs and callers read it. */
function shown(map: Map<string, number> | CompactMap<string, number>) {
  const each: [string, number][] = [];
  map.forEach((value, key) => {
    each.push([key, value]);
  });
  return {
    size: map.size,
    entries: [...map.entries()],
    keys: [...map.keys()],
    values: [...map.values()],
    iterated: [...map],
    each,
  };
}

describe('CompactMap', () => {
  it('behaves as a Map through random sets, overwrites, deletes and clears, past the size it turns into a Map at', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const real = new Map<string, number>();
    const compact = new CompactMap<string, number>();
    for (let step = 0; step < 4000; step++) {
      // Keys built anew each time, as Yjs decodes each item's key into a string of its own.
      const key = `key-${random(COMPACT_MAP_MAX_KEYS + 12)}`.slice(0);
      const action = random(20);
      if (action < 12) {
        expect(compact.set(key, step)).toBe(compact);
        real.set(key, step);
      } else if (action < 19) expect(compact.delete(key)).toBe(real.delete(key));
      else if (step % 7 === 0) {
        compact.clear();
        real.clear();
      }
      expect(compact.get(key)).toBe(real.get(key));
      expect(compact.has(key)).toBe(real.has(key));
      if (step % 50 === 0) expect(shown(compact)).toEqual(shown(real));
    }
    expect(shown(compact)).toEqual(shown(real));
  });

  it('keeps the order of a Map it was made of, under the keys given, and leaves a large one as it is', () => {
    const small = new Map([
      ['b', 1],
      ['a', 2],
    ]);
    const made = CompactMap.of(small, (key) => key.toUpperCase());
    expect(made).toBeInstanceOf(CompactMap);
    expect([...made.entries()]).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
    const large = new Map(Array.from({ length: COMPACT_MAP_MAX_KEYS + 1 }, (_, i) => [`k${i}`, i] as const));
    expect(CompactMap.of(large)).toBe(large);
    const empty = CompactMap.of(new Map<string, number>());
    expect(empty.size).toBe(0);
    expect([...empty]).toEqual([]);
  });
});

describe('NO_LISTENERS', () => {
  it('is shared by types nobody observes, and each type observed gets a list of its own', () => {
    shareEmptyEventHandlers();
    const doc = new Y.Doc();
    const a = doc.getMap('a');
    const b = doc.getMap('b');
    const internals = (type: Y.Map<unknown>) =>
      type as unknown as { _eH: { l: unknown[] }; _dEH: { l: unknown[] } };
    for (const type of [a, b]) {
      internals(type)._eH = NO_LISTENERS;
      internals(type)._dEH = NO_LISTENERS;
    }
    const seen: string[] = [];
    const onA = () => seen.push('a');
    a.observe(onA);
    b.observeDeep(() => seen.push('b deep'));
    expect(internals(a)._eH).not.toBe(NO_LISTENERS);
    expect(internals(a)._dEH).toBe(NO_LISTENERS);
    expect(internals(b)._dEH).not.toBe(NO_LISTENERS);
    expect(NO_LISTENERS.l).toEqual([]);
    a.set('x', 1);
    b.set('y', 2);
    a.unobserve(onA);
    a.set('x', 2);
    // Unobserving a type that never had a listener leaves the shared list empty.
    b.unobserve(onA);
    expect(NO_LISTENERS.l).toEqual([]);
    expect(seen).toEqual(['a', 'b deep']);
  });
});
