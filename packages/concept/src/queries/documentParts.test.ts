import { describe, expect, it } from 'vitest';
import type { ChapterKind } from '../json/conceptJsonSchema.ts';
import { documentParts } from './documentParts.ts';

const chapter = (key: string, kind?: ChapterKind) => ({ key, title: key, kind });

function names(parts: ReturnType<typeof documentParts<{ key: string }>>): string[] {
  return parts.map((p) =>
    p.part === 'chapter'
      ? `chapter:${p.chapter.key}`
      : `${p.part}${'intro' in p && p.intro ? `<${p.intro.key}` : ''}`,
  );
}

describe('documentParts', () => {
  it('puts the structured parts in the place of the template chapters meant for them', () => {
    const keys = ['einleitung', 'leitbild', 'ziele', 'handlungsfelder', 'massnahmen', 'akteure-netzwerk'];
    const parts = documentParts([...keys, 'beteiligung', 'ausblick'].map((key) => chapter(key)));
    expect(names(parts)).toEqual([
      'chapter:einleitung',
      'vision<leitbild',
      'goals<ziele',
      'fieldsOfAction<handlungsfelder',
      'measuresOverview<massnahmen',
      'measureSheets',
      'matrix',
      'actors<akteure-netzwerk',
      'participation<beteiligung',
      'chapter:ausblick',
    ]);
  });

  it('places a part no chapter asks for before the next placed part, and the rest after the chapters', () => {
    const parts = documentParts(['einleitung', 'ziele', 'ausblick'].map((key) => chapter(key)));
    expect(names(parts)).toEqual([
      'chapter:einleitung',
      'vision',
      'goals<ziele',
      'chapter:ausblick',
      'fieldsOfAction',
      'measuresOverview',
      'measureSheets',
      'matrix',
      'actors',
      'participation',
    ]);
  });

  it('leaves out the parts not included; an anchor chapter whose parts are all left out stays a chapter', () => {
    const parts = documentParts(
      ['leitbild', 'massnahmen', 'beteiligung'].map((key) => chapter(key)),
      (part) => part !== 'vision' && part !== 'matrix' && part !== 'actors' && part !== 'participation',
    );
    expect(names(parts)).toEqual([
      'chapter:leitbild',
      'goals',
      'fieldsOfAction',
      'measuresOverview<massnahmen',
      'measureSheets',
      'chapter:beteiligung',
    ]);
  });

  it('follows the kind a chapter stores over its key; only the first chapter of a kind introduces its part', () => {
    const parts = documentParts([
      chapter('leitbild', 'text'),
      chapter('unser-bild', 'vision'),
      chapter('zweites-bild', 'vision'),
      chapter('ziele'),
      chapter('wer-mitmacht', 'actors'),
    ]);
    expect(names(parts)).toEqual([
      'chapter:leitbild',
      'vision<unser-bild',
      'chapter:zweites-bild',
      'goals<ziele',
      'fieldsOfAction',
      'measuresOverview',
      'measureSheets',
      'matrix',
      'actors<wer-mitmacht',
      'participation',
    ]);
  });
});
