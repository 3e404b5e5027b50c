import { describe, expect, it } from 'vitest';
import { groupByField } from './groupByField.ts';
import { rankProposals } from './rankProposals.ts';

describe('groupByField', () => {
  it('follows the order of the fields, puts the rest last and leaves out empty groups', () => {
    const fields = [
      { id: 'f1', title: 'Sport' },
      { id: 'f2', title: 'Schule' },
      { id: 'f3', title: 'Leer' },
    ];
    const groups = groupByField(
      [
        { id: 'a', fieldId: 'f2' },
        { id: 'b', fieldId: null },
        { id: 'c', fieldId: 'f1' },
        { id: 'd', fieldId: 'gone' },
        { id: 'e', fieldId: 'f2' },
      ],
      fields,
      'Ohne Handlungsfeld',
    );
    expect(groups.map((g) => [g.title, g.proposals.map((p) => p.id)])).toEqual([
      ['Sport', ['c']],
      ['Schule', ['a', 'e']],
      ['Ohne Handlungsfeld', ['b', 'd']],
    ]);
  });
});

describe('rankProposals', () => {
  it('sorts by dots, top first, equal dots share a rank', () => {
    const ranked = rankProposals([
      { id: 'a', dots: 1 },
      { id: 'b', dots: 4 },
      { id: 'c', dots: 1 },
      { id: 'd', dots: 2 },
    ]);
    expect(ranked.map((r) => [r.rank, r.proposal.id])).toEqual([
      [1, 'b'],
      [2, 'd'],
      [3, 'a'],
      [3, 'c'],
    ]);
  });
});
