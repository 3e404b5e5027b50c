import { describe, expect, it } from 'vitest';
import { goalLevelAt, MAX_GOAL_DEPTH } from './goalLevel.ts';

describe('goalLevelAt', () => {
  it('maps depths to Leitziel, Mittlerziel and Handlungsziel', () => {
    expect([0, 1, 2, 3, 9].map(goalLevelAt)).toEqual([
      'leitziel',
      'mittlerziel',
      'handlungsziel',
      'handlungsziel',
      'handlungsziel',
    ]);
    expect(MAX_GOAL_DEPTH).toBe(3);
  });
});
