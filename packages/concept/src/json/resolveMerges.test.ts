import { describe, expect, it } from 'vitest';
import type { ProposalJSON } from './conceptJsonSchema.ts';
import { resolveMerges } from './resolveMerges.ts';

function proposal(id: string, mergedInto: string | null): ProposalJSON {
  return {
    id,
    text: id,
    fieldId: null,
    author: '',
    createdAt: '',
    moderation: 'visible',
    votes: {},
    measureId: null,
    participantId: '',
    submissionId: '',
    targetGroup: '',
    mergedInto,
    outcome: null,
    outcomeReason: '',
  };
}

const targets = (list: ProposalJSON[]) => resolveMerges(list).map((p) => [p.id, p.mergedInto]);

describe('resolveMerges', () => {
  it('follows chains to the proposal that is shown', () => {
    expect(targets([proposal('a', 'b'), proposal('b', 'c'), proposal('c', null)])).toEqual([
      ['a', 'c'],
      ['b', 'c'],
      ['c', null],
    ]);
  });

  it('breaks a cycle from concurrent merges at its smallest id, whatever the order', () => {
    const expected = [
      ['a', null],
      ['b', 'a'],
      ['c', 'a'],
      ['d', 'a'],
    ];
    expect(targets([proposal('a', 'b'), proposal('b', 'c'), proposal('c', 'a'), proposal('d', 'c')])).toEqual(
      expected,
    );
    const reversed = [proposal('d', 'c'), proposal('c', 'a'), proposal('b', 'c'), proposal('a', 'b')];
    expect(targets(reversed).sort()).toEqual(expected);
  });

  it('reads a merge into a proposal that is gone as none', () => {
    expect(targets([proposal('a', 'x')])).toEqual([['a', null]]);
  });
});
