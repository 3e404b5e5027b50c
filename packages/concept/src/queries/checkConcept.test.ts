import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, paragraphs, testTemplate } from '../../test/factories.ts';
import { readGoals, readMeasures } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { addActor } from '../verbs/actorVerbs.ts';
import { addChapter, updateChapter } from '../verbs/chapterVerbs.ts';
import { addGoal, updateGoal } from '../verbs/goalVerbs.ts';
import { addMeasureIndicator } from '../verbs/indicatorVerbs.ts';
import { addMeasure, updateMeasure } from '../verbs/measureVerbs.ts';
import { setVision } from '../verbs/metaVerbs.ts';
import { answerProposal, hideProposal, mergeProposals } from '../verbs/moderationVerbs.ts';
import { addProposal } from '../verbs/proposalVerbs.ts';
import { addVersion, markVersionAdopted } from '../verbs/versionVerbs.ts';
import { addWorkshop } from '../verbs/workshopVerbs.ts';
import { checkConcept, type Finding } from './checkConcept.ts';
import { readChecklistInput } from './readChecklistInput.ts';

function codesFor(findings: Finding[], id: string): Finding['code'][] {
  return findings.filter((f) => f.id === id).map((f) => f.code);
}

function codes(findings: Finding[]): Finding['code'][] {
  return findings.map((f) => f.code);
}

function complete(doc: Y.Doc, id: string): void {
  updateMeasure(doc, id, {
    lead: 'Sportbund',
    periodStart: '2025-01-01',
    description: paragraphs('Drei Termine'),
  });
  addMeasureIndicator(doc, id, { name: 'Teilnehmende' });
}

/** `buildConcept` with everything every check asks for: a written chapter and Leitbild, an actor, … */
function completeConcept() {
  const built = buildConcept();
  const { doc, fields, goals, measures } = built;
  complete(doc, measures.fortbildung);
  complete(doc, measures.turnier);
  updateGoal(doc, goals.handlungsziel2, { fieldIds: [fields.kultur] });
  const chapter = addChapter(doc, {
    key: 'auftrag',
    title: 'Auftrag',
    body: paragraphs('Beschluss vom Mai'),
  });
  setVision(doc, paragraphs('Alle leben gleichberechtigt zusammen.'));
  addActor(doc, { name: 'Integrationsrat' });
  return { ...built, chapter };
}

describe('checkConcept', () => {
  it('finds nothing in a complete concept, from Concept JSON and from the Y.Doc', () => {
    const { doc } = completeConcept();
    expect(checkConcept(toJSON(doc), testTemplate)).toEqual([]);
    expect(checkConcept(readChecklistInput(doc))).toEqual([]);
  });

  it('flags a required chapter without text, but not one the template marks optional', () => {
    const { doc, chapter } = completeConcept();
    const empty = addChapter(doc, { key: 'leitbild', title: 'Leitbild' });
    const blank = addChapter(doc, { key: 'ausblick', title: 'Ausblick', body: paragraphs('   ') });
    const findings = checkConcept(toJSON(doc), testTemplate);
    expect(codesFor(findings, empty)).toEqual(['chapter-empty']);
    expect(codesFor(findings, blank)).toEqual(['chapter-empty']);
    expect(codesFor(findings, chapter)).toEqual([]);
    expect(findings.find((f) => f.id === empty)).toMatchObject({ severity: 'gap', entity: 'chapter' });
    const optional = {
      ...testTemplate,
      chapters: testTemplate.chapters.map((c) => (c.key === 'leitbild' ? { ...c, required: false } : c)),
    };
    expect(codesFor(checkConcept(toJSON(doc), optional), empty)).toEqual([]);
    updateChapter(doc, empty, { body: paragraphs('Text') });
    expect(codesFor(checkConcept(readChecklistInput(doc), testTemplate), empty)).toEqual([]);
    expect(codesFor(checkConcept(readChecklistInput(doc), testTemplate), blank)).toEqual(['chapter-empty']);
  });

  it('flags an empty Leitbild and a concept without actors', () => {
    const doc = new Y.Doc();
    expect(codes(checkConcept(toJSON(doc)))).toEqual(['vision-empty', 'no-actors']);
    setVision(doc, paragraphs('Vielfalt ist Alltag.'));
    addActor(doc, { name: 'Jugendamt' });
    expect(checkConcept(toJSON(doc))).toEqual([]);
    expect(checkConcept(readChecklistInput(doc))).toEqual([]);
  });

  it('flags a field of action that no goal is assigned to', () => {
    const { doc, fields, goals } = completeConcept();
    updateGoal(doc, goals.handlungsziel2, { fieldIds: [] });
    const findings = checkConcept(toJSON(doc));
    expect(codesFor(findings, fields.kultur)).toEqual(['field-without-goal']);
    expect(codesFor(findings, fields.sport)).toEqual([]);
    expect(findings[0]).toMatchObject({ entity: 'fieldOfAction', severity: 'gap' });
  });

  it('flags a Handlungsziel without a measure, but not higher levels', () => {
    const { doc, goals } = completeConcept();
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

  it('does not call a Handlungsziel a gap when a measure serves the goal above it (as the matrix counts)', () => {
    const { doc, goals, measures } = completeConcept();
    const mittlerziel = addGoal(doc, {
      title: 'Die Vereine sind für Rassismus sensibilisiert',
      parentId: goals.leitziel,
    });
    const served = addGoal(doc, {
      title: 'Trainer*innen kennen die Beratungsstellen',
      parentId: mittlerziel,
    });
    const otherParent = addGoal(doc, { title: 'Die Schulen handeln gemeinsam', parentId: goals.leitziel });
    const unserved = addGoal(doc, { title: 'Lehrkräfte kennen das Meldeverfahren', parentId: otherParent });
    updateMeasure(doc, measures.fortbildung, { goalIds: [goals.handlungsziel1, mittlerziel] });
    const findings = checkConcept(toJSON(doc));
    expect(codesFor(findings, served)).toEqual([]);
    expect(codesFor(findings, unserved)).toEqual(['goal-without-measure']);
  });

  it('flags a goal phrased as an activity for review, naming the words that made it one', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { title: 'Durchführung einer Aktionswoche' });
    const state = addGoal(doc, { title: 'Betroffene kennen die Beratungsangebote' });
    const findings = checkConcept({ goals: readGoals(doc), measures: [] });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'goal-phrased-as-activity',
        severity: 'review',
        entity: 'goal',
        id,
        cue: 'Durchführung einer',
      }),
    ]);
    expect(codesFor(findings, state)).toEqual([]);
  });

  it('flags a measure without goal, lead, period or indicator when no template says otherwise', () => {
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

  it('reads the required measure fields from the template: field of action and description too', () => {
    const { doc, measures, goals, fields } = completeConcept();
    updateMeasure(doc, measures.fortbildung, { primaryFieldId: null, description: paragraphs(' ') });
    const template = { requiredMeasureFields: testTemplate.requiredMeasureFields };
    const findings = checkConcept(toJSON(doc), template);
    expect(findings.filter((f) => f.id === measures.fortbildung)).toEqual([
      expect.objectContaining({ code: 'measure-missing-field', field: 'primaryFieldId', severity: 'gap' }),
      expect.objectContaining({ code: 'measure-missing-field', field: 'description' }),
    ]);
    expect(codesFor(findings, measures.turnier)).toEqual([]);
    // Fields the template does not require are not asked for: this one requires no indicator.
    const noIndicator = addMeasure(doc, {
      title: 'Ohne Indikator',
      lead: 'Jugendamt',
      goalIds: [goals.handlungsziel1],
      primaryFieldId: fields.bildung,
      description: paragraphs('Text'),
    });
    expect(codesFor(checkConcept(toJSON(doc), template), noIndicator)).toEqual([]);
    expect(codesFor(checkConcept(toJSON(doc)), noIndicator)).toEqual([
      'measure-without-period',
      'measure-without-indicator',
    ]);
  });

  it('finds the same from the light readers as from Concept JSON', () => {
    const { doc, measures } = buildConcept();
    complete(doc, measures.fortbildung);
    addGoal(doc, { title: 'Durchführung einer Aktionswoche' });
    const template = { requiredMeasureFields: ['description' as const, 'targetGroups' as const] };
    const light = { goals: readGoals(doc), measures: readMeasures(doc) };
    const json = toJSON(doc);
    expect(checkConcept(light)).toEqual(checkConcept({ goals: json.goals, measures: json.measures }));
    const withRichText = { ...light, measures: readMeasures(doc, { richText: true }) };
    expect(checkConcept(withRichText, template)).toEqual(
      checkConcept({ goals: json.goals, measures: json.measures }, template),
    );
    expect(checkConcept(readChecklistInput(doc))).toEqual(checkConcept(toJSON(doc)));
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

  it('counts a workshop’s proposals without an answer; hidden, merged and answered ones are done', () => {
    const { doc, measures } = completeConcept();
    const workshop = addWorkshop(doc, { title: 'Workshop Sport', phase: 'closed' });
    const open = addProposal(doc, workshop, { text: 'Aktionstag im Stadion' });
    const hidden = addProposal(doc, workshop, { text: 'Werbung' });
    const merged = addProposal(doc, workshop, { text: 'Aktionstag im Park' });
    const answered = addProposal(doc, workshop, { text: 'Fortbildung' });
    hideProposal(doc, hidden);
    mergeProposals(doc, open, [merged]);
    answerProposal(doc, answered, { outcome: 'incorporated', measureId: measures.fortbildung });
    const findings = checkConcept(toJSON(doc));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'proposals-unanswered', severity: 'warning', id: workshop, count: 1 }),
    ]);
    expect(checkConcept(readChecklistInput(doc))).toEqual(findings);
    answerProposal(doc, open, { outcome: 'deferred', reason: 'nächste Förderperiode' });
    expect(checkConcept(toJSON(doc))).toEqual([]);
  });

  it('warns when a resolution is dated before its version was saved, not when on or after that day', () => {
    const { doc } = completeConcept();
    const early = addVersion(doc, { name: 'Entwurf', createdAt: '2025-03-03T10:30:00.000Z' });
    const onTime = addVersion(doc, { name: 'Beschluss', createdAt: '2025-03-03T10:30:00.000Z' });
    markVersionAdopted(doc, early, { body: 'Rat', date: '2025-03-02', drucksache: 'DS 1' });
    expect(codes(checkConcept(toJSON(doc)))).toEqual(['resolution-before-version']);
    expect(checkConcept(toJSON(doc))[0]).toMatchObject({ severity: 'warning', entity: 'version', id: early });
    markVersionAdopted(doc, onTime, { body: 'Rat', date: '2025-03-03', drucksache: 'DS 2' });
    expect(codesFor(checkConcept(toJSON(doc)), onTime)).toEqual([]);
  });
});
