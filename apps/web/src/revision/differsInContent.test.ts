import { compareConcepts, sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { differsInContent } from './differsInContent.ts';

describe('differsInContent', () => {
  it('takes a new phase (or status) as no drift from the adopted text, a new title or a moved measure as drift', () => {
    const adopted = sampleConcept({ fields: 3, goals: 5, measures: 6 });
    const draft = structuredClone(adopted);
    draft.meta.phase = 'umsetzung-monitoring';
    draft.meta.status = 'revision';
    expect(compareConcepts(adopted, draft).identical).toBe(false);
    expect(differsInContent(compareConcepts(adopted, draft))).toBe(false);

    draft.meta.title = 'Handlungskonzept für Vielfalt';
    expect(differsInContent(compareConcepts(adopted, draft))).toBe(true);
    const moved = structuredClone(adopted);
    const measure = moved.measures[1];
    if (measure) measure.primaryFieldId = 'field-3';
    expect(differsInContent(compareConcepts(adopted, moved))).toBe(true);
  });
});
