import { describe, expect, it } from 'vitest';
import type { ChangeCounts, ConceptComparison } from './ConceptComparison.ts';
import { describeComparison } from './describeComparison.ts';

function comparison(summary: Partial<ConceptComparison['summary']>, vision = false): ConceptComparison {
  const none: ChangeCounts = { added: 0, removed: 0, changed: 0, moved: 0, formatted: 0 };
  return {
    meta: [],
    vision: vision ? { field: 'vision', type: 'richText', before: 'a', after: 'b', diff: [] } : null,
    chapters: [],
    fieldsOfAction: [],
    goals: [],
    measures: [],
    actors: [],
    summary: { chapter: none, fieldOfAction: none, goal: none, measure: none, actor: none, ...summary },
    identical: false,
  };
}

describe('describeComparison', () => {
  it('names the kind with the first count, in its number', () => {
    expect(
      describeComparison(
        comparison({ measure: { added: 3, removed: 1, changed: 12, moved: 0, formatted: 0 } }),
      ),
    ).toEqual(['3 Maßnahmen neu, 1 entfallen, 12 geändert']);
    expect(
      describeComparison(
        comparison({ measure: { added: 1, removed: 2, changed: 1, moved: 0, formatted: 0 } }),
      ),
    ).toEqual(['1 Maßnahme neu, 2 entfallen, 1 geändert']);
    expect(
      describeComparison(comparison({ goal: { added: 0, removed: 1, changed: 0, moved: 0, formatted: 0 } })),
    ).toEqual(['1 Ziel entfallen']);
    expect(
      describeComparison(comparison({ goal: { added: 0, removed: 0, changed: 2, moved: 0, formatted: 0 } })),
    ).toEqual(['2 Ziele geändert']);
  });

  it('lists the Leitbild first and every kind in the order of the document', () => {
    expect(
      describeComparison(
        comparison(
          {
            actor: { added: 1, removed: 0, changed: 0, moved: 0, formatted: 0 },
            chapter: { added: 0, removed: 0, changed: 2, moved: 0, formatted: 0 },
            fieldOfAction: { added: 0, removed: 0, changed: 1, moved: 0, formatted: 0 },
          },
          true,
        ),
      ),
    ).toEqual(['Leitbild geändert', '2 Kapitel geändert', '1 Handlungsfeld geändert', '1 Akteur neu']);
  });

  it('says how many changed ones moved or had only their formatting changed, and which details changed', () => {
    const lines = describeComparison({
      ...comparison({
        goal: { added: 0, removed: 0, changed: 3, moved: 2, formatted: 0 },
        measure: { added: 1, removed: 0, changed: 2, moved: 1, formatted: 1 },
      }),
      meta: [
        { field: 'title', type: 'text', before: 'A', after: 'B', diff: [] },
        { field: 'phase', type: 'enum', before: 'a', after: 'b', diff: [] },
      ],
      vision: { field: 'vision', type: 'richText', before: 'a', after: 'a', diff: [], formatting: ['bold'] },
    });
    expect(lines).toEqual([
      'Angaben zum Konzept geändert: Titel, Phase',
      'Leitbild: Formatierung geändert',
      '3 Ziele geändert (davon 2 verschoben)',
      '1 Maßnahme neu, 2 geändert (davon 1 verschoben, 1 mit geänderter Formatierung)',
    ]);
  });

  it('says nothing when nothing differs', () => {
    expect(describeComparison(comparison({}))).toEqual([]);
  });
});
