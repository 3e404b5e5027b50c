import { describe, expect, it } from 'vitest';
import { goalMeasureMatrix } from './goalMeasureMatrix.ts';

const goals = [
  { id: 'l', parentId: null },
  { id: 'm', parentId: 'l' },
  { id: 'h1', parentId: 'm' },
  { id: 'h2', parentId: 'm' },
];
const measures = [
  { id: 'M-01', goalIds: ['h1'] },
  { id: 'M-02', goalIds: ['h1', 'h2'] },
  { id: 'M-03', goalIds: [] },
];

describe('goalMeasureMatrix', () => {
  it('has a row per goal in tree order and a column per measure', () => {
    const matrix = goalMeasureMatrix(goals, measures);
    expect(matrix.rows.map((r) => r.goal.id)).toEqual(['l', 'm', 'h1', 'h2']);
    expect(matrix.measures.map((m) => m.id)).toEqual(['M-01', 'M-02', 'M-03']);
    expect(matrix.cells).toEqual([
      [false, false, false],
      [false, false, false],
      [true, true, false],
      [false, true, false],
    ]);
  });

  it('can be limited to the Handlungsziele', () => {
    const matrix = goalMeasureMatrix(goals, measures, true);
    expect(matrix.rows.map((r) => [r.goal.id, r.number])).toEqual([
      ['h1', '1.1.1'],
      ['h2', '1.1.2'],
    ]);
    expect(matrix.cells).toEqual([
      [true, true, false],
      [false, true, false],
    ]);
  });

  it('is empty without goals and has empty rows without measures', () => {
    expect(goalMeasureMatrix([], measures).cells).toEqual([]);
    expect(goalMeasureMatrix(goals, []).cells).toEqual([[], [], [], []]);
  });
});
