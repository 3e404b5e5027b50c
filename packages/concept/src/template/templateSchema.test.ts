import { describe, expect, it } from 'vitest';
import { testTemplate } from '../../test/factories.ts';
import { templateSchema } from './templateSchema.ts';

function issues(template: unknown): string[] {
  const result = templateSchema.safeParse(template);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('templateSchema', () => {
  it('accepts a valid template', () => {
    expect(issues(testTemplate)).toEqual([]);
  });

  it('takes one to six goal levels, each with a singular and a plural', () => {
    const level = (n: number) => ({ singular: `Ebene ${n}`, plural: `Ebenen ${n}` });
    const levels = (count: number) => Array.from({ length: count }, (_, i) => level(i + 1));
    expect(issues({ ...testTemplate, goalLevels: levels(1) })).toEqual([]);
    expect(issues({ ...testTemplate, goalLevels: levels(6) })).toEqual([]);
    expect(issues({ ...testTemplate, goalLevels: levels(0) })).toEqual(['goalLevels']);
    expect(issues({ ...testTemplate, goalLevels: levels(7) })).toEqual(['goalLevels']);
    expect(issues({ ...testTemplate, goalLevels: [{ singular: 'Leitziel', plural: ' ' }] })).toEqual([
      'goalLevels.0.plural',
    ]);
    // The shape templates had before: three fixed names, no plurals.
    expect(
      issues({ ...testTemplate, goalLevels: { leitziel: 'L', mittlerziel: 'M', handlungsziel: 'H' } }),
    ).toEqual(['goalLevels']);
  });

  it('refuses duplicate chapter keys, phase keys and checklist ids across phases', () => {
    const [first, second] = testTemplate.phases;
    expect(
      issues({ ...testTemplate, chapters: [...testTemplate.chapters, testTemplate.chapters[0]] }),
    ).toEqual(['chapters.2']);
    expect(issues({ ...testTemplate, phases: [first, first] })).toEqual(['phases.1', 'checklist.1']);
    const clash = { ...second, checklist: first?.checklist };
    expect(issues({ ...testTemplate, phases: [first, clash] })).toEqual(['checklist.1']);
  });

  it('takes a chapter kind, each structured part in one chapter only, and refuses unknown kinds', () => {
    const [first, second] = testTemplate.chapters;
    const kinded = (a: string, b: string) => [
      { ...first, kind: a },
      { ...second, kind: b },
    ];
    expect(issues({ ...testTemplate, chapters: kinded('text', 'vision') })).toEqual([]);
    expect(issues({ ...testTemplate, chapters: kinded('text', 'text') })).toEqual([]);
    expect(issues({ ...testTemplate, chapters: kinded('goals', 'goals') })).toEqual(['chapters.1.kind']);
    expect(issues({ ...testTemplate, chapters: kinded('text', 'anhang') })).toEqual(['chapters.1.kind']);
  });

  it('refuses keys that are not lower-case slugs and unknown measure fields', () => {
    expect(issues({ ...testTemplate, id: 'NRW Weltoffen' })).toEqual(['id']);
    expect(issues({ ...testTemplate, requiredMeasureFields: ['code'] })).toEqual(['requiredMeasureFields.0']);
    expect(issues({ ...testTemplate, requiredMeasureFields: ['budget'] })).toEqual([
      'requiredMeasureFields.0',
    ]);
  });

  it('requires at least one chapter, territory type and phase, each phase with a checklist item', () => {
    expect(issues({ ...testTemplate, chapters: [] })).toEqual(['chapters']);
    expect(issues({ ...testTemplate, territoryTypes: [] })).toEqual(['territoryTypes']);
    expect(issues({ ...testTemplate, phases: [] })).toEqual(['phases']);
    const empty = { ...testTemplate.phases[0], checklist: [] };
    expect(issues({ ...testTemplate, phases: [empty] })).toEqual(['phases.0.checklist']);
  });

  it('accepts automatic checklist items and refuses unknown checks or chapters they cannot find', () => {
    const [first, second] = testTemplate.phases;
    const withCheck = (extra: object) => ({
      ...testTemplate,
      phases: [first, { ...second, checklist: [{ id: 'bestand-daten', text: 'Daten', ...extra }] }],
    });
    expect(issues(withCheck({ check: 'actors-entered' }))).toEqual([]);
    expect(issues(withCheck({ check: 'chapters-written', chapters: ['auftrag'] }))).toEqual([]);
    expect(issues(withCheck({ check: 'erraten' }))).toEqual(['phases.1.checklist.0.check']);
    expect(issues(withCheck({ check: 'chapters-written' }))).toEqual(['checklist.bestand-daten']);
    expect(issues(withCheck({ check: 'chapters-written', chapters: ['fehlt'] }))).toEqual([
      'checklist.bestand-daten',
    ]);
    expect(issues({ ...testTemplate, chapters: [{ ...testTemplate.chapters[0], required: false }] })).toEqual(
      [],
    );
  });
});
