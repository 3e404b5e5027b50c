import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, paragraphs } from '../../test/factories.ts';
import { readGoals, readMeasures } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { addGoal } from '../verbs/goalVerbs.ts';
import { addMeasureIndicator } from '../verbs/indicatorVerbs.ts';
import { addMeasure, updateMeasure } from '../verbs/measureVerbs.ts';
import { checkConcept, type Finding } from './checkConcept.ts';

function codesFor(findings: Finding[], id: string): Finding['code'][] {
  return findings.filter((f) => f.id === id).map((f) => f.code);
}

function complete(doc: Y.Doc, id: string): void {
  updateMeasure(doc, id, {
    lead: 'Sportbund',
    periodStart: '2025-01-01',
    description: paragraphs('Drei Termine'),
  });
  addMeasureIndicator(doc, id, { name: 'Teilnehmende' });
}

describe('checkConcept', () => {
  it('finds nothing in a complete concept', () => {
    const { doc, measures } = buildConcept();
    complete(doc, measures.fortbildung);
    complete(doc, measures.turnier);
    expect(checkConcept(toJSON(doc))).toEqual([]);
  });

  it('flags a Handlungsziel without a measure, but not higher levels', () => {
    const { doc, goals } = buildConcept();
    const lonely = addGoal(doc, {
      title: 'Vereine haben eine Satzung gegen Rassismus',
      parentId: goals.mittlerziel,
    });
    const root = addGoal(doc, { title: 'Ein Leitziel ohne Maßnahmen' });
    const findings = checkConcept(toJSON(doc));
    expect(codesFor(findings, lonely)).toEqual(['goal-without-measure']);
    expect(codesFor(findings, root)).toEqual([]);
    expect(findings.find((f) => f.id === lonely)?.message).toContain('Vereine haben eine Satzung');
  });

  it('flags a goal phrased as an activity', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { title: 'Durchführung einer Aktionswoche' });
    expect(checkConcept(toJSON(doc))).toEqual([
      expect.objectContaining({ code: 'goal-phrased-as-activity', entity: 'goal', id }),
    ]);
  });

  it('flags a measure without goal, lead, period or indicator', () => {
    const doc = new Y.Doc();
    const id = addMeasure(doc, { title: 'Aktionswoche' });
    expect(codesFor(checkConcept(toJSON(doc)), id)).toEqual([
      'measure-without-goal',
      'measure-without-lead',
      'measure-without-period',
      'measure-without-indicator',
    ]);
    updateMeasure(doc, id, { recurrence: 'jährlich im März' });
    expect(codesFor(checkConcept(toJSON(doc)), id)).not.toContain('measure-without-period');
    updateMeasure(doc, id, { lead: '   ' });
    expect(codesFor(checkConcept(toJSON(doc)), id)).toContain('measure-without-lead');
  });

  it('flags empty fields the template requires', () => {
    const { doc, measures } = buildConcept();
    complete(doc, measures.fortbildung);
    updateMeasure(doc, measures.fortbildung, { primaryFieldId: null });
    const template = {
      requiredMeasureFields: ['primaryFieldId', 'description', 'targetGroups', 'lead'] as const,
    };
    const findings = checkConcept(toJSON(doc), {
      requiredMeasureFields: [...template.requiredMeasureFields],
    });
    expect(codesFor(findings, measures.fortbildung)).toEqual([
      'measure-missing-field',
      'measure-missing-field',
    ]);
    expect(findings.filter((f) => f.id === measures.fortbildung).map((f) => f.message)).toEqual([
      expect.stringContaining('primaryFieldId'),
      expect.stringContaining('targetGroups'),
    ]);
    expect(codesFor(findings, measures.turnier)).toContain('measure-missing-field');
  });

  it('finds the same from the light readers as from Concept JSON', () => {
    const { doc, measures } = buildConcept();
    complete(doc, measures.fortbildung);
    addGoal(doc, { title: 'Durchführung einer Aktionswoche' });
    const template = { requiredMeasureFields: ['description' as const, 'targetGroups' as const] };
    const light = { goals: readGoals(doc), measures: readMeasures(doc) };
    expect(checkConcept(light)).toEqual(checkConcept(toJSON(doc)));
    const withRichText = { ...light, measures: readMeasures(doc, { richText: true }) };
    expect(checkConcept(withRichText, template)).toEqual(checkConcept(toJSON(doc), template));
  });

  it('flags duplicate codes (as Concept JSON from concurrent edits may hold them)', () => {
    const { doc, measures } = buildConcept();
    const json = toJSON(doc);
    const clashing = {
      ...json,
      measures: json.measures.map((m) => (m.id === measures.turnier ? { ...m, code: 'm-01 ' } : m)),
    };
    expect(codesFor(checkConcept(clashing), measures.turnier)).toContain('duplicate-code');
    expect(codesFor(checkConcept(clashing), measures.fortbildung)).not.toContain('duplicate-code');
  });
});
