import { describe, expect, it } from 'vitest';
import { checkConcept } from './checkConcept.ts';

const empty = { hasText: false };
const chapter = (id: string, key: string, kind?: 'text' | 'vision' | 'goals' | 'measures' | 'actors') => ({
  id,
  key,
  title: id,
  kind,
  body: empty,
});

describe('findings in the document’s order', () => {
  it('follow the places they lead to: each structured part’s findings just after its chapter’s', () => {
    const findings = checkConcept({
      chapters: [
        chapter('auftrag', 'auftrag'),
        chapter('unser-bild', 'unser-bild', 'vision'),
        chapter('ziele', 'ziele', 'goals'),
        chapter('netz', 'netz', 'actors'),
        chapter('massnahmen', 'massnahmen', 'measures'),
        chapter('ausblick', 'ausblick'),
      ],
      vision: empty,
      actors: [],
      fieldsOfAction: [{ id: 'f1', title: 'Sport' }],
      goals: [],
      measures: [],
    });
    expect(findings.map((f) => `${f.code}:${f.id}`)).toEqual([
      'chapter-empty:auftrag',
      'chapter-empty:unser-bild',
      'vision-empty:',
      'chapter-empty:ziele',
      // Fields of action have no chapter here: they come before the next part a chapter places.
      'field-without-goal:f1',
      'chapter-empty:netz',
      'no-actors:',
      'chapter-empty:massnahmen',
      'chapter-empty:ausblick',
    ]);
  });

  it('read the kind from the key for chapters without one, and keep the old order without chapters', () => {
    const keyed = checkConcept({
      chapters: [chapter('a', 'akteure-netzwerk'), chapter('l', 'leitbild')],
      vision: empty,
      actors: [],
      goals: [],
      measures: [],
    });
    // The Akteur*innen chapter comes first here, so its part's finding does too.
    expect(keyed.map((f) => f.code)).toEqual(['chapter-empty', 'no-actors', 'chapter-empty', 'vision-empty']);
    const bare = checkConcept({ vision: empty, actors: [], goals: [], measures: [] });
    expect(bare.map((f) => f.code)).toEqual(['vision-empty', 'no-actors']);
  });
});
