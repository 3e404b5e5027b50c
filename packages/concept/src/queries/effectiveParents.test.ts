import { describe, expect, it } from 'vitest';
import { effectiveParents } from './effectiveParents.ts';

function parents(links: [string, string | null][]): Record<string, string | null> {
  return Object.fromEntries(effectiveParents(links.map(([id, parentId]) => ({ id, parentId }))));
}

describe('effectiveParents', () => {
  it('keeps a valid tree as it is', () => {
    expect(
      parents([
        ['a', null],
        ['b', 'a'],
        ['c', 'b'],
      ]),
    ).toEqual({ a: null, b: 'a', c: 'b' });
  });

  it('makes a goal whose parent does not exist a root', () => {
    expect(
      parents([
        ['a', 'gone'],
        ['b', 'a'],
      ]),
    ).toEqual({ a: null, b: 'a' });
  });

  it('makes a goal that is its own parent a root', () => {
    expect(parents([['a', 'a']])).toEqual({ a: null });
  });

  it('breaks a cycle at its smallest id', () => {
    expect(
      parents([
        ['b', 'c'],
        ['c', 'a'],
        ['a', 'b'],
        ['d', 'c'],
      ]),
    ).toEqual({ a: null, b: 'c', c: 'a', d: 'c' });
  });

  it('breaks every cycle once, whatever the input order', () => {
    const links: [string, string | null][] = [
      ['x', 'y'],
      ['y', 'x'],
      ['m', 'n'],
      ['n', 'o'],
      ['o', 'm'],
      ['t', 'n'],
    ];
    const expected = { x: null, y: 'x', m: null, n: 'o', o: 'm', t: 'n' };
    for (let shift = 0; shift < links.length; shift++) {
      const rotated = [...links.slice(shift), ...links.slice(0, shift)];
      expect(parents(rotated)).toEqual(expected);
      expect(parents([...rotated].reverse())).toEqual(expected);
    }
  });
});
