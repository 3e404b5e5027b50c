import { describe, expect, it } from 'vitest';
import { conceptJsonSchema } from '../json/conceptJsonSchema.ts';
import { fromJSON, parseConceptJSON } from '../json/fromJSON.ts';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { flattenGoalTree, goalTree } from '../queries/goalTree.ts';
import { conceptSchema } from '../schema/conceptSchema.ts';
import { sampleConcept } from './sampleConcept.ts';

function richTexts(concept: ReturnType<typeof sampleConcept>): RichTextDoc[] {
  return [
    concept.vision,
    ...concept.chapters.map((c) => c.body),
    ...concept.goals.map((g) => g.description),
    ...concept.measures.map((m) => m.description),
  ];
}

describe('sampleConcept', () => {
  it('validates against the Concept JSON schema with the default size', () => {
    const concept = sampleConcept();
    expect(() => conceptJsonSchema.parse(concept)).not.toThrow();
    expect(concept.fieldsOfAction).toHaveLength(7);
    expect(concept.goals).toHaveLength(15);
    expect(concept.measures).toHaveLength(25);
  });

  it('builds the big benchmark concept and it validates too', () => {
    const concept = sampleConcept({ fields: 12, goals: 60, measures: 300 });
    expect(() => conceptJsonSchema.parse(concept)).not.toThrow();
    expect(concept.measures).toHaveLength(300);
    expect(concept.measures.at(-1)?.code).toBe('M-300');
    expect(new Set(concept.measures.map((m) => m.code)).size).toBe(300);
  });

  it('passes the reference checks of the importer (ids, links, codes, no goal cycles)', () => {
    expect(() => parseConceptJSON(sampleConcept())).not.toThrow();
    expect(() => parseConceptJSON(sampleConcept({ fields: 12, goals: 60, measures: 300 }))).not.toThrow();
    expect(() => parseConceptJSON(sampleConcept({ fields: 1, goals: 2, measures: 1 }))).not.toThrow();
    expect(() => fromJSON(sampleConcept())).not.toThrow();
  });

  it('has only rich text the Tiptap schema accepts', () => {
    for (const doc of richTexts(sampleConcept()))
      expect(() => conceptSchema().nodeFromJSON(doc).check()).not.toThrow();
  });

  it('is deterministic per seed', () => {
    expect(sampleConcept({ seed: 7 })).toEqual(sampleConcept({ seed: 7 }));
    expect(sampleConcept({ seed: 7 })).not.toEqual(sampleConcept({ seed: 8 }));
  });

  it('has a three-level goal tree with indicators, and measures that serve Handlungsziele', () => {
    const concept = sampleConcept();
    const nodes = flattenGoalTree(goalTree(concept.goals));
    expect(new Set(nodes.map((n) => n.level))).toEqual(new Set(['leitziel', 'mittlerziel', 'handlungsziel']));
    const handlungsziele = new Set(nodes.filter((n) => n.level === 'handlungsziel').map((n) => n.goal.id));
    expect(nodes.filter((n) => n.level === 'handlungsziel').every((n) => n.goal.indicators.length > 0)).toBe(
      true,
    );
    for (const m of concept.measures) {
      expect(m.goalIds.length).toBeGreaterThan(0);
      expect(m.goalIds.every((id) => handlungsziele.has(id))).toBe(true);
    }
  });

  it('links promoted proposals and measures both ways and hides some proposals', () => {
    const concept = sampleConcept();
    const proposals = concept.workshops.flatMap((w) => w.proposals.map((p) => ({ w, p })));
    const promoted = proposals.filter(({ p }) => p.measureId);
    expect(promoted.length).toBeGreaterThan(0);
    for (const { w, p } of promoted) {
      const measure = concept.measures.find((m) => m.id === p.measureId);
      expect(measure?.originWorkshopId).toBe(w.id);
      expect(measure?.originProposalId).toBe(p.id);
    }
    expect(proposals.some(({ p }) => p.moderation === 'hidden')).toBe(true);
    for (const workshop of concept.workshops) {
      const dots = new Map<string, number>();
      for (const p of workshop.proposals)
        for (const [who, n] of Object.entries(p.votes)) dots.set(who, (dots.get(who) ?? 0) + n);
      expect(Math.max(0, ...dots.values())).toBeLessThanOrEqual(workshop.dotsPerParticipant);
    }
    expect(concept.versions.filter((v) => v.adopted && v.resolution)).toHaveLength(1);
  });

  it('contains umlauts, ß and the rich-text features the exporter must carry', () => {
    const text = JSON.stringify(sampleConcept());
    for (const needle of [
      'ä',
      'ö',
      'ü',
      'ß',
      'Ö',
      '"bulletList"',
      '"orderedList"',
      '"tableHeader"',
      '"blockquote"',
      '"link"',
    ])
      expect(text).toContain(needle);
  });

  it('contains no e-mail addresses or phone numbers', () => {
    const text = JSON.stringify(sampleConcept({ fields: 12, goals: 60, measures: 300 }));
    expect(text).not.toMatch(/[\w.-]+@[\w-]+\.\w+/);
    expect(text).not.toMatch(/\b0\d{2,5}\s?[/-]\s?\d{3,}/);
  });
});
