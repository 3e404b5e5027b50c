import { describe, expect, it } from 'vitest';
import { capVotes } from './capVotes.ts';
import type { ProposalJSON } from './conceptJsonSchema.ts';

function proposal(id: string, votes: Record<string, number>): ProposalJSON {
  return {
    id,
    text: id,
    fieldId: null,
    author: '',
    createdAt: '',
    moderation: 'visible',
    votes,
    measureId: null,
    participantId: '',
    submissionId: '',
    targetGroup: '',
    mergedInto: null,
    outcome: null,
    outcomeReason: '',
  };
}

describe('capVotes', () => {
  it('counts each participant up to the budget in proposal order', () => {
    const capped = capVotes(
      [proposal('a', { p1: 3, p2: 1 }), proposal('b', { p1: 3 }), proposal('c', { p1: 1 })],
      5,
    );
    expect(capped.map((p) => p.votes)).toEqual([{ p1: 3, p2: 1 }, { p1: 2 }, {}]);
  });

  it('keeps proposals untouched when nobody exceeds the budget', () => {
    const input = [proposal('a', { p1: 2 }), proposal('b', { p1: 3 })];
    expect(capVotes(input, 5)[1]).toBe(input[1]);
  });
});
