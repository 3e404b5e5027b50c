import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { costLineSchema } from '../json/conceptJsonSchema.ts';
import { COST_LINE_FIELDS, costLineRules } from './costLineRules.ts';

const PROBES: unknown[] = [
  '',
  '2026',
  0,
  -0,
  -3.5,
  0.1,
  1.005,
  7.9,
  1999,
  2026,
  2026.7,
  2101,
  1e15,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  undefined,
  true,
  'landesmittel',
  'Landesmittel',
  [],
  {},
];

describe('cost line rules', () => {
  it('fit every stored value of a cost line to its Concept JSON field, and keep values that fit', () => {
    for (const field of COST_LINE_FIELDS) {
      const { rule, fallback } = costLineRules[field];
      const schema = costLineSchema.shape[field] as z.ZodMiniType;
      for (const probe of PROBES) {
        const fitted = rule(probe) ?? fallback;
        expect(schema.safeParse(fitted).success, `${field} ← ${String(probe)}`).toBe(true);
        if (schema.safeParse(probe).success && !Object.is(probe, -0))
          expect(fitted, `${field} keeps ${String(probe)}`).toBe(probe);
      }
    }
  });
});
