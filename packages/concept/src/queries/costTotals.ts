import type { CostLineJSON, FundingSource, MeasureJSON } from '../json/conceptJsonSchema.ts';
import { fundingSourceSchema } from '../json/conceptJsonSchema.ts';

/** A funding source, or `unassigned` for lines that name none (old single figures among them). */
export type CostSource = FundingSource | 'unassigned';

/** Every cost source in the order tables show them. */
export const COST_SOURCES: readonly CostSource[] = [...fundingSourceSchema.options, 'unassigned'];

/** The totals of one year (`null`: lines without a year), by source. */
export interface YearCosts {
  year: number | null;
  bySource: Record<CostSource, number>;
  total: number;
}

/** Budget totals of a set of measures, all in euros. */
export interface CostTotals {
  total: number;
  /** Years in ascending order, lines without a year last; only years that have a line. */
  years: YearCosts[];
  bySource: Record<CostSource, number>;
  /** The sources that have a line, in COST_SOURCES order. */
  sources: CostSource[];
  /** Each given field of action in its order, then (`null`) measures without one if they have costs. */
  byField: { fieldId: string | null; total: number }[];
  /** How many measures have at least one cost line. */
  measuresWithCosts: number;
}

type MeasureCosts = Pick<MeasureJSON, 'primaryFieldId' | 'costLines'>;

// Sums run in whole cents, so 0.1 + 0.2 is 0.3 and every replica adds up the same.
const cents = (euros: number) => Math.round(euros * 100);
const euros = (amount: number) => amount / 100;

function bySourceZero(): Record<CostSource, number> {
  return Object.fromEntries(COST_SOURCES.map((s) => [s, 0])) as Record<CostSource, number>;
}

function sourceOf(line: CostLineJSON): CostSource {
  return line.source ?? 'unassigned';
}

/** The sum of one measure's cost lines in euros. */
export function measureCostTotal(measure: Pick<MeasureJSON, 'costLines'>): number {
  return euros(measure.costLines.reduce((sum, line) => sum + cents(line.amount), 0));
}

/**
 * Budget totals of `measures` per year, per funding source and per (primary) field of action; every measure
 * counts, whatever its status, and each under its primary field only, so nothing is counted twice.
 * @example costTotals(concept.measures, concept.fieldsOfAction.map((f) => f.id)).total
 */
export function costTotals(measures: readonly MeasureCosts[], fieldIds: readonly string[]): CostTotals {
  const years = new Map<number | null, { bySource: Record<CostSource, number>; total: number }>();
  const bySource = bySourceZero();
  const byField = new Map<string | null, number>(fieldIds.map((id) => [id, 0]));
  const seen = new Set<CostSource>();
  let total = 0;
  let measuresWithCosts = 0;
  for (const measure of measures) {
    if (measure.costLines.length > 0) measuresWithCosts++;
    let measureTotal = 0;
    for (const line of measure.costLines) {
      const amount = cents(line.amount);
      const source = sourceOf(line);
      seen.add(source);
      let year = years.get(line.year);
      if (!year) {
        year = { bySource: bySourceZero(), total: 0 };
        years.set(line.year, year);
      }
      year.bySource[source] += amount;
      year.total += amount;
      bySource[source] += amount;
      measureTotal += amount;
    }
    total += measureTotal;
    const field =
      measure.primaryFieldId !== null && byField.has(measure.primaryFieldId) ? measure.primaryFieldId : null;
    // Measures without a field of action get a row of their own only when they have cost lines.
    if (field !== null || measure.costLines.length > 0)
      byField.set(field, (byField.get(field) ?? 0) + measureTotal);
  }
  const sortedYears = [...years.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b));
  const inEuros = (record: Record<CostSource, number>) =>
    Object.fromEntries(COST_SOURCES.map((s) => [s, euros(record[s])])) as Record<CostSource, number>;
  return {
    total: euros(total),
    years: sortedYears.map(([year, sums]) => ({
      year,
      bySource: inEuros(sums.bySource),
      total: euros(sums.total),
    })),
    bySource: inEuros(bySource),
    sources: COST_SOURCES.filter((s) => seen.has(s)),
    byField: [...byField.entries()].map(([fieldId, sum]) => ({ fieldId, total: euros(sum) })),
    measuresWithCosts,
  };
}
