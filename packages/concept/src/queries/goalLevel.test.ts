import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GOAL_LEVELS,
  goalLevelAt,
  goalLevelCount,
  goalLevelName,
  suggestGoalLevelPlural,
} from './goalLevel.ts';

const strategic = [
  { singular: 'Strategisches Ziel', plural: 'Strategische Ziele' },
  { singular: 'Handlungsziel', plural: 'Handlungsziele' },
];

describe('goalLevelAt', () => {
  it('gives the top level, the levels between and the deepest named level their roles', () => {
    expect([0, 1, 2, 3, 9].map((depth) => goalLevelAt(depth))).toEqual([
      'leitziel',
      'mittlerziel',
      'handlungsziel',
      'handlungsziel',
      'handlungsziel',
    ]);
    expect([0, 1, 2, 3, 4, 5].map((depth) => goalLevelAt(depth, 6))).toEqual([
      'leitziel',
      'mittlerziel',
      'mittlerziel',
      'mittlerziel',
      'mittlerziel',
      'handlungsziel',
    ]);
    expect([0, 1].map((depth) => goalLevelAt(depth, 2))).toEqual(['leitziel', 'handlungsziel']);
    expect(goalLevelAt(0, 1)).toBe('handlungsziel');
  });
});

describe('goalLevelName', () => {
  it('names a level as the concept does, singular and plural', () => {
    expect(goalLevelName(strategic, 0)).toBe('Strategisches Ziel');
    expect(goalLevelName(strategic, 0, 'plural')).toBe('Strategische Ziele');
    expect(goalLevelName(DEFAULT_GOAL_LEVELS, 2, 'plural')).toBe('Handlungsziele');
  });

  it('names a goal below the deepest named level by its depth, never as the level above', () => {
    expect(goalLevelName(strategic, 2)).toBe('Ziel der Ebene 3');
    expect(goalLevelName(strategic, 4, 'plural')).toBe('Ziele der Ebene 5');
  });
});

describe('goalLevelCount', () => {
  it('counts with the right German form', () => {
    expect(goalLevelCount(strategic, 0, 1)).toBe('1 Strategisches Ziel');
    expect(goalLevelCount(strategic, 0, 2)).toBe('2 Strategische Ziele');
    expect(goalLevelCount(DEFAULT_GOAL_LEVELS, 1, 0)).toBe('keine Mittlerziele');
  });
});

describe('suggestGoalLevelPlural', () => {
  it('guesses the plural of the usual level names', () => {
    expect(suggestGoalLevelPlural('Teilziel')).toBe('Teilziele');
    expect(suggestGoalLevelPlural('Strategisches Ziel')).toBe('Strategische Ziele');
    expect(suggestGoalLevelPlural('übergeordnetes Ziel')).toBe('übergeordnete Ziele');
    expect(suggestGoalLevelPlural('Wirkungsebene')).toBe('Wirkungsebenen');
    expect(suggestGoalLevelPlural('Maßnahmenziel ')).toBe('Maßnahmenziele');
    expect(suggestGoalLevelPlural('')).toBe('');
  });
});
