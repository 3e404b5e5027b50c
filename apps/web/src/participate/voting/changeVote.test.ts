import { describe, expect, it } from 'vitest';
import { changeVote, dotsUsed } from './changeVote.ts';

const stacking = { dotsPerParticipant: 3, stackDots: true };
const single = { dotsPerParticipant: 3, stackDots: false };

describe('changeVote', () => {
  it('places dots until none are left and takes them back', () => {
    let votes = changeVote({}, 'a', 1, stacking);
    votes = changeVote(votes, 'a', 1, stacking);
    votes = changeVote(votes, 'b', 1, stacking);
    expect(votes).toEqual({ a: 2, b: 1 });
    expect(dotsUsed(votes)).toBe(3);
    expect(changeVote(votes, 'c', 1, stacking)).toBe(votes);
    votes = changeVote(votes, 'b', -1, stacking);
    expect(votes).toEqual({ a: 2 });
    expect(changeVote(votes, 'b', -1, stacking)).toBe(votes);
  });

  it('puts at most one dot on a proposal when stacking is not allowed', () => {
    const votes = changeVote({}, 'a', 1, single);
    expect(changeVote(votes, 'a', 1, single)).toBe(votes);
    expect(changeVote(votes, 'b', 1, single)).toEqual({ a: 1, b: 1 });
  });
});
