import { describe, expect, it } from 'vitest';
import { documentParts } from './documentParts.ts';

const chapter = (key: string) => ({ key, title: key });

function names(parts: ReturnType<typeof documentParts<{ key: string }>>): string[] {
  return parts.map((p) =>
    p.part === 'chapter'
      ? `chapter:${p.chapter.key}`
      : `${p.part}${'intro' in p && p.intro ? `<${p.intro.key}` : ''}`,
  );
}

describe('documentParts', () => {
  it('puts the structured parts in the place of the template chapters meant for them', () => {
    const parts = documentParts(
      ['einleitung', 'leitbild', 'ziele', 'handlungsfelder', 'massnahmen', 'ausblick'].map(chapter),
    );
    expect(names(parts)).toEqual([
      'chapter:einleitung',
      'vision<leitbild',
      'goals<ziele',
      'fieldsOfAction<handlungsfelder',
      'measuresOverview<massnahmen',
      'measureSheets',
      'matrix',
      'chapter:ausblick',
    ]);
  });

  it('places a part no chapter asks for before the next placed part, and the rest after the chapters', () => {
    const parts = documentParts(['einleitung', 'ziele', 'ausblick'].map(chapter));
    expect(names(parts)).toEqual([
      'chapter:einleitung',
      'vision',
      'goals<ziele',
      'chapter:ausblick',
      'fieldsOfAction',
      'measuresOverview',
      'measureSheets',
      'matrix',
    ]);
  });

  it('leaves out the parts not included; an anchor chapter whose parts are all left out stays a chapter', () => {
    const parts = documentParts(
      ['leitbild', 'massnahmen'].map(chapter),
      (part) => part !== 'vision' && part !== 'matrix',
    );
    expect(names(parts)).toEqual([
      'chapter:leitbild',
      'goals',
      'fieldsOfAction',
      'measuresOverview<massnahmen',
      'measureSheets',
    ]);
  });
});
