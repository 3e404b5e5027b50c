import { describe, expect, it } from 'vitest';
import { markerLevels } from './markerLevels.ts';
import { readListMarker } from './readListMarker.ts';

describe('readListMarker', () => {
  it('reads bullets Word, Symbol and PDFs leave as text', () => {
    for (const text of [
      '·\tEins',
      '• Eins',
      '\uf0b7\u00a0Eins',
      'o\tEins',
      '§\u00a0Eins',
      '–\tEins',
      '-\tEins',
    ])
      expect(readListMarker(text), text).toMatchObject({ ordered: false, length: text.indexOf('E') });
  });

  it('reads numbers, letters and roman numerals before a tab or no-break space', () => {
    expect(readListMarker('3.\tDrei')).toMatchObject({ ordered: true, olType: null, start: 3 });
    expect(readListMarker('b)\u00a0Zwei')).toMatchObject({ ordered: true, olType: 'a', start: 2 });
    expect(readListMarker('(C)\tDrei')).toMatchObject({ ordered: true, olType: 'A', start: 3 });
    expect(readListMarker('iv.\tVier')).toMatchObject({ ordered: true, olType: 'i', start: 4 });
  });

  it('reads nothing in ordinary sentences', () => {
    for (const text of ['1. Januar 2024', 'o weh', '- Strich', '– so sagt sie', 'Ziele: 1.\tEins', 'ab.\tx'])
      expect(readListMarker(text), text).toBeNull();
  });
});

describe('markerLevels', () => {
  it('nests a new kind of marker and returns to a kind seen before', () => {
    const kinds = ['·\ta', 'o\tb', '§\tc', 'o\td', '·\te', '1.\tf', 'a)\tg', '2.\th'];
    expect(markerLevels(kinds.map((text) => readListMarker(text)!))).toEqual([1, 2, 3, 2, 1, 2, 3, 2]);
  });
});
