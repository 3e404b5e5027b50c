import { describe, expect, it } from 'vitest';
import { measuresOfGoal } from './measuresOfGoal.ts';

describe('measuresOfGoal', () => {
  it('lists the measures serving a goal, in concept order', () => {
    const measures = [
      { id: 'a', goalIds: ['g2'] },
      { id: 'b', goalIds: ['g1', 'g2'] },
      { id: 'c', goalIds: [] },
    ];
    expect(measuresOfGoal(measures, 'g2').map((m) => m.id)).toEqual(['a', 'b']);
    expect(measuresOfGoal(measures, 'g3')).toEqual([]);
  });
});
