import { describe, expect, it } from 'vitest';
import { countList } from './countList.ts';
import { countPhrase } from './countPhrase.ts';

const goals = (leit: number, mittler: number, handlung: number) => [
  { count: leit, singular: 'Leitziel', plural: 'Leitziele' },
  { count: mittler, singular: 'Mittlerziel', plural: 'Mittlerziele' },
  { count: handlung, singular: 'Handlungsziel', plural: 'Handlungsziele' },
];

describe('German counts', () => {
  it('puts the noun in the singular for one and in the plural otherwise, grouping thousands', () => {
    expect(countPhrase(1, 'Leitziel', 'Leitziele')).toBe('1 Leitziel');
    expect(countPhrase(2, 'Leitziel', 'Leitziele')).toBe('2 Leitziele');
    expect(countPhrase(0, 'Beitrag', 'Beiträge')).toBe('0 Beiträge');
    expect(countPhrase(1, 'Beitrag', 'Beiträgen', 'einem')).toBe('einem Beitrag');
    expect(countPhrase(1200, 'Punkt', 'Punkte')).toBe('1.200 Punkte');
  });

  it('lists counts with "und", leaving zeros out', () => {
    expect(countList(goals(1, 3, 12))).toBe('1 Leitziel, 3 Mittlerziele und 12 Handlungsziele');
    expect(countList(goals(2, 0, 1))).toBe('2 Leitziele und 1 Handlungsziel');
    expect(countList(goals(0, 1, 0))).toBe('1 Mittlerziel');
    expect(countList(goals(0, 0, 0))).toBe('');
  });
});
