import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, paragraphs, testTemplate } from '../../test/factories.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { toJSON } from '../json/toJSON.ts';
import type { ConceptTemplate } from '../template/templateSchema.ts';
import { addActor } from '../verbs/actorVerbs.ts';
import { addChapter, updateChapter } from '../verbs/chapterVerbs.ts';
import { updateGoal } from '../verbs/goalVerbs.ts';
import { addMeasure, updateMeasure } from '../verbs/measureVerbs.ts';
import { setChecklistItem, setVision, updateMeta } from '../verbs/metaVerbs.ts';
import { answerProposal } from '../verbs/moderationVerbs.ts';
import { addProposal } from '../verbs/proposalVerbs.ts';
import { addVersion, markVersionAdopted } from '../verbs/versionVerbs.ts';
import { addWorkshop } from '../verbs/workshopVerbs.ts';
import { checklistProgress } from './checklistProgress.ts';

const item = (id: string, extra: object = {}) => ({ id, text: `Punkt ${id}`, ...extra });

/** The test template with one phase of hand-ticked items and one of every automatic check. */
const template: ConceptTemplate = {
  ...testTemplate,
  phases: [
    ...testTemplate.phases,
    {
      key: 'automatisch',
      title: 'Automatisch',
      description: 'Was Werkbank selbst prüft',
      checklist: [
        item('akteure', { check: 'actors-entered' }),
        item('kapitel', { check: 'chapters-written', chapters: ['auftrag', 'leitbild'] }),
        item('leitbild', { check: 'vision-written' }),
        item('felder', { check: 'fields-have-goals' }),
        item('zuordnung', { check: 'goals-in-fields' }),
        item('zielbezug', { check: 'measures-have-goals' }),
        item('schluessel', { check: 'key-measures-marked' }),
        item('antworten', { check: 'proposals-answered' }),
        item('fassung', { check: 'version-adopted' }),
      ],
    },
  ],
};

function autoItems(doc: Y.Doc): Record<string, boolean> {
  const phase = checklistProgress(doc, template).phases[2];
  return Object.fromEntries((phase?.items ?? []).map((i) => [i.id, i.done]));
}

describe('checklistProgress', () => {
  it('reads a concept stored before phases and ticks as the first phase with nothing ticked', () => {
    const doc = new Y.Doc();
    const progress = checklistProgress(doc, template);
    expect(progress.currentPhase).toBe('auftrag');
    expect(progress.phases.map((p) => [p.key, p.current, p.done, p.total])).toEqual([
      ['auftrag', true, 0, 1],
      ['bestandsaufnahme', false, 0, 1],
      ['automatisch', false, 0, 9],
    ]);
    updateMeta(doc, { phase: 'gibt-es-nicht' });
    expect(checklistProgress(doc, template).currentPhase).toBe('auftrag');
    updateMeta(doc, { phase: 'bestandsaufnahme' });
    expect(checklistProgress(doc, template).phases.map((p) => p.current)).toEqual([false, true, false]);
  });

  it('records who ticked an item by hand and when, and forgets it when unticked', () => {
    const doc = new Y.Doc();
    setChecklistItem(doc, 'bestand-daten', true, { by: 'Fachstelle', at: '2026-12-01T09:00:00.000Z' });
    setChecklistItem(doc, 'auftrag-beschluss', true);
    const [auftrag, bestand] = checklistProgress(doc, template).phases;
    expect(bestand?.items).toEqual([
      {
        id: 'bestand-daten',
        text: 'Daten liegen vor',
        auto: false,
        done: true,
        tickedBy: 'Fachstelle',
        tickedAt: '2026-12-01T09:00:00.000Z',
      },
    ]);
    expect(auftrag?.items[0]).toEqual({
      id: 'auftrag-beschluss',
      text: 'Beschluss liegt vor',
      auto: false,
      done: true,
    });
    expect(bestand?.done).toBe(1);
    setChecklistItem(doc, 'bestand-daten', false, { by: 'Fachstelle', at: '2026-12-02T09:00:00.000Z' });
    expect(checklistProgress(doc, template).phases[1]?.items[0]).toMatchObject({ done: false });
    expect(checklistProgress(doc, template).phases[1]?.items[0]?.tickedBy).toBeUndefined();
  });

  it('keeps who and when through Concept JSON, and reads the same from JSON as from the doc', () => {
    const doc = new Y.Doc();
    updateMeta(doc, { phase: 'bestandsaufnahme' });
    setChecklistItem(doc, 'bestand-daten', true, { by: 'Fachstelle', at: '2026-12-01T09:00:00.000Z' });
    const json = toJSON(doc);
    expect(json.checklistTicks).toEqual({
      'bestand-daten': { by: 'Fachstelle', at: '2026-12-01T09:00:00.000Z' },
    });
    expect(checklistProgress(json, template)).toEqual(checklistProgress(doc, template));
    expect(checklistProgress(fromJSON(json), template)).toEqual(checklistProgress(doc, template));
  });

  it('ticks the automatic items only when their checks pass', () => {
    const { doc, goals, fields, measures } = buildConcept();
    expect(autoItems(doc)).toEqual({
      akteure: false,
      kapitel: false,
      leitbild: false,
      felder: false,
      zuordnung: false,
      zielbezug: true,
      schluessel: false,
      antworten: false,
      fassung: false,
    });
    addActor(doc, { name: 'Integrationsrat' });
    const auftrag = addChapter(doc, { key: 'auftrag', title: 'Auftrag', body: paragraphs('Beschluss') });
    const leitbild = addChapter(doc, { key: 'leitbild', title: 'Leitbild' });
    expect(autoItems(doc).kapitel).toBe(false);
    updateChapter(doc, leitbild, { body: paragraphs('Wir leben zusammen.') });
    setVision(doc, paragraphs('Alle gehören dazu.'));
    updateGoal(doc, goals.handlungsziel2, { fieldIds: [fields.kultur] });
    updateGoal(doc, goals.mittlerziel, { fieldIds: [fields.sport] });
    updateMeasure(doc, measures.turnier, { isKeyMeasure: true });
    const workshop = addWorkshop(doc, { title: 'Workshop Kultur' });
    const proposal = addProposal(doc, workshop, { text: 'Lesungen in der Bibliothek' });
    const version = addVersion(doc, { name: 'Beschluss', createdAt: '2026-11-01T09:00:00.000Z' });
    expect(autoItems(doc)).toMatchObject({ antworten: false, fassung: false });
    answerProposal(doc, proposal, { outcome: 'deferred', reason: 'später' });
    markVersionAdopted(doc, version, { body: 'Rat', date: '2026-11-20', drucksache: 'DS 7' });
    expect(Object.values(autoItems(doc)).every(Boolean)).toBe(true);
    expect(checklistProgress(toJSON(doc), template).phases[2]?.done).toBe(9);
    // A hand tick on an automatic item does not count: the check decides.
    addMeasure(doc, { title: 'Ohne Ziel' });
    setChecklistItem(doc, 'zielbezug', true);
    expect(autoItems(doc).zielbezug).toBe(false);
    updateChapter(doc, auftrag, { body: paragraphs(' ') });
    expect(autoItems(doc).kapitel).toBe(false);
  });
});
