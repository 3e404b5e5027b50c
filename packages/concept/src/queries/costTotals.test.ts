import { describe, expect, it } from 'vitest';
import type { CostLineJSON } from '../json/conceptJsonSchema.ts';
import { costTotals, measureCostTotal } from './costTotals.ts';

function line(year: number | null, amount: number, source: CostLineJSON['source']): CostLineJSON {
  return { id: `${year}-${amount}-${source}`, year, amount, source };
}

const measures = [
  {
    primaryFieldId: 'bildung',
    costLines: [
      line(2026, 4000, 'landesmittel'),
      line(2026, 1000, 'eigenanteil'),
      line(2027, 0.1, 'drittmittel'),
    ],
  },
  { primaryFieldId: 'sport', costLines: [line(2027, 0.2, 'drittmittel'), line(null, 2500, null)] },
  { primaryFieldId: null, costLines: [line(2026, 300, 'sonstige')] },
  { primaryFieldId: 'bildung', costLines: [] },
];

describe('costTotals', () => {
  const totals = costTotals(measures, ['bildung', 'sport', 'kultur']);

  it('adds up per year (ascending, no year last) and per source, in whole cents', () => {
    expect(totals.total).toBe(7800.3);
    expect(totals.years.map((y) => [y.year, y.total])).toEqual([
      [2026, 5300],
      [2027, 0.3],
      [null, 2500],
    ]);
    expect(totals.years[0]?.bySource).toEqual({
      landesmittel: 4000,
      eigenanteil: 1000,
      drittmittel: 0,
      sonstige: 300,
      unassigned: 0,
    });
    expect(totals.bySource).toEqual({
      landesmittel: 4000,
      eigenanteil: 1000,
      drittmittel: 0.3,
      sonstige: 300,
      unassigned: 2500,
    });
    expect(totals.sources).toEqual(['landesmittel', 'eigenanteil', 'drittmittel', 'sonstige', 'unassigned']);
  });

  it('counts each measure once, under its primary field; fields without costs show 0, no field last', () => {
    expect(totals.byField).toEqual([
      { fieldId: 'bildung', total: 5000.1 },
      { fieldId: 'sport', total: 2500.2 },
      { fieldId: 'kultur', total: 0 },
      { fieldId: null, total: 300 },
    ]);
    expect(totals.measuresWithCosts).toBe(3);
  });

  it('has no rows, sources or unassigned field for measures without lines', () => {
    expect(costTotals([{ primaryFieldId: null, costLines: [] }], ['bildung'])).toEqual({
      total: 0,
      years: [],
      bySource: { landesmittel: 0, eigenanteil: 0, drittmittel: 0, sonstige: 0, unassigned: 0 },
      sources: [],
      byField: [{ fieldId: 'bildung', total: 0 }],
      measuresWithCosts: 0,
    });
  });

  it('gives one measure its total', () => {
    expect(measureCostTotal(measures[1] as (typeof measures)[number])).toBe(2500.2);
  });
});
