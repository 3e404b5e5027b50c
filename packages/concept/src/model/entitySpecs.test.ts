import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  actorSchema,
  chapterSchema,
  fieldOfActionSchema,
  goalSchema,
  measureSchema,
  phenomenonSchema,
  proposalSchema,
  versionSchema,
  workshopSchema,
} from '../json/conceptJsonSchema.ts';
import {
  actorSpec,
  chapterSpec,
  type EntitySpec,
  fieldOfActionSpec,
  goalSpec,
  measureSpec,
  phenomenonSpec,
  proposalSpec,
  versionSpec,
  workshopSpec,
} from './entitySpecs.ts';

const KINDS: [EntitySpec, z.ZodMiniObject][] = [
  [chapterSpec, chapterSchema],
  [fieldOfActionSpec, fieldOfActionSchema],
  [goalSpec, goalSchema],
  [measureSpec, measureSchema],
  [actorSpec, actorSchema],
  [phenomenonSpec, phenomenonSchema],
  [workshopSpec, workshopSchema],
  [proposalSpec, proposalSchema],
  [versionSpec, versionSchema],
];

const PROBES: unknown[] = [
  '',
  ' ',
  'x'.repeat(70_000),
  `${'x'.repeat(31)}😀`,
  '2025-01-01',
  '2025-1-1',
  'draft',
  'abcdefgh12',
  0,
  -0,
  -3.5,
  7.9,
  1e15,
  Number.NaN,
  null,
  true,
  { body: 'Rat', date: '2025-02-30', drucksache: 5 },
  [],
];

describe('entity specs', () => {
  it('fit every scalar of every entity kind to its Concept JSON field, whatever is stored', () => {
    for (const [spec, schema] of KINDS) {
      for (const [field, fallback] of Object.entries(spec.scalars)) {
        if (spec.refs?.[field] || field === 'workshopId') continue;
        const rule = spec.rules[field];
        expect(rule, `${spec.collection}.${field} has a rule`).toBeDefined();
        const fieldSchema = schema.shape[field] as z.ZodMiniType;
        for (const probe of [fallback, ...PROBES]) {
          const fitted = rule?.(probe) ?? fallback;
          expect(
            fieldSchema.safeParse(fitted).success,
            `${spec.collection}.${field} ← ${String(probe).slice(0, 40)}`,
          ).toBe(true);
          if (fieldSchema.safeParse(probe).success && !Object.is(probe, -0))
            expect(fitted, `${spec.collection}.${field} keeps ${String(probe).slice(0, 40)}`).toBe(probe);
        }
      }
    }
  });
});
