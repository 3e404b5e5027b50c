import { describe, expect, it } from 'vitest';
import { numberedDocumentParts } from './numberedDocumentParts.ts';

const chapter = (key: string) => ({ id: `id-${key}`, key });
const NRW = [
  'auftrag',
  'daten',
  'leitbild',
  'ziele',
  'handlungsfelder',
  'massnahmen',
  'akteure-netzwerk',
  'beteiligung',
  'fortschreibung',
];

function numbered(parts: ReturnType<typeof numberedDocumentParts<ReturnType<typeof chapter>>>): string[] {
  return parts.map((p) => `${p.number ?? '–'} ${p.part === 'chapter' ? p.chapter.key : p.part}`);
}

describe('numberedDocumentParts', () => {
  it('numbers each chapter by its place among the chapters, a structured part by the chapter introducing it', () => {
    expect(numbered(numberedDocumentParts(NRW.map(chapter)))).toEqual([
      '1 auftrag',
      '2 daten',
      '3 vision',
      '4 goals',
      '5 fieldsOfAction',
      '6 measuresOverview',
      '– measureSheets',
      '– matrix',
      '7 actors',
      '8 participation',
      '9 fortschreibung',
    ]);
  });

  it('keeps the numbers when parts are left out, so a number names the same chapter in every view', () => {
    const withoutSome = numberedDocumentParts(
      NRW.map(chapter),
      (part) => part !== 'measuresOverview' && part !== 'actors',
    );
    expect(numbered(withoutSome)).toEqual([
      '1 auftrag',
      '2 daten',
      '3 vision',
      '4 goals',
      '5 fieldsOfAction',
      '6 measureSheets',
      '– matrix',
      '7 akteure-netzwerk',
      '8 participation',
      '9 fortschreibung',
    ]);
  });

  it('gives a part no chapter introduces no number', () => {
    const parts = numberedDocumentParts(
      ['einleitung', 'ziele', 'ausblick'].map(chapter),
      (p) => p === 'vision' || p === 'goals',
    );
    expect(numbered(parts)).toEqual(['1 einleitung', '– vision', '2 goals', '3 ausblick']);
  });
});
