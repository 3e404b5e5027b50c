import { COST_YEAR_RANGE, fundingSourceSchema, MAX_COST_AMOUNT } from '../json/conceptJsonSchema.ts';
import { type FieldRule, fieldRules } from './fieldRules.ts';

/** Fields of one stored cost line besides its order key. */
export const COST_LINE_FIELDS = ['year', 'amount', 'source'] as const;

/** A stored amount as Concept JSON takes it: a finite number clamped to [0, MAX_COST_AMOUNT], in whole cents. */
function amount(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const clamped = Math.min(MAX_COST_AMOUNT, Math.max(0, value));
  // `+ 0` turns -0 into 0, which JSON cannot tell apart anyway.
  return Math.round(clamped * 100) / 100 + 0;
}

/** A stored year: a whole number in COST_YEAR_RANGE, or null; anything else reads as null. */
function year(value: unknown): unknown {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const whole = Math.trunc(value) + 0;
  return whole >= COST_YEAR_RANGE[0] && whole <= COST_YEAR_RANGE[1] ? whole : undefined;
}

/** How readers fit each stored field of a cost line to Concept JSON, and the value read when nothing fits. */
export const costLineRules: Record<
  (typeof COST_LINE_FIELDS)[number],
  { rule: FieldRule; fallback: unknown }
> = {
  year: { rule: year, fallback: null },
  amount: { rule: amount, fallback: 0 },
  source: { rule: fieldRules.nullOrOneOf(fundingSourceSchema.options), fallback: null },
};
