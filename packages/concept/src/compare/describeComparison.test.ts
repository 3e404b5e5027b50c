import { describe, expect, it } from 'vitest';
import type { ChangeCounts, ConceptComparison } from './ConceptComparison.ts';
import { describeComparison } from './describeComparison.ts';

function comparison(summary: Partial<ConceptComparison['summary']>, vision = false): ConceptComparison {
  const none: ChangeCounts = { added: 0, removed: 0, changed: 0 };
  return {
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
    expect(describeComparison(comparison({ measure: { added: 3, removed: 1, changed: 12 } }))).toEqual([
      '3 Maßnahmen neu, 1 entfallen, 12 geändert',
    ]);
    expect(describeComparison(comparison({ measure: { added: 1, removed: 2, changed: 1 } }))).toEqual([
      '1 Maßnahme neu, 2 entfallen, 1 geändert',
    ]);
    expect(describeComparison(comparison({ goal: { added: 0, removed: 1, changed: 0 } }))).toEqual([
      '1 Ziel entfallen',
    ]);
    expect(describeComparison(comparison({ goal: { added: 0, removed: 0, changed: 2 } }))).toEqual([
      '2 Ziele geändert',
    ]);
  });

  it('lists the Leitbild first and every kind in the order of the document', () => {
    expect(
      describeComparison(
        comparison(
          {
            actor: { added: 1, removed: 0, changed: 0 },
            chapter: { added: 0, removed: 0, changed: 2 },
            fieldOfAction: { added: 0, removed: 0, changed: 1 },
          },
          true,
        ),
      ),
    ).toEqual(['Leitbild geändert', '2 Kapitel geändert', '1 Handlungsfeld geändert', '1 Akteur neu']);
  });

  it('says nothing when nothing differs', () => {
    expect(describeComparison(comparison({}))).toEqual([]);
  });
});
