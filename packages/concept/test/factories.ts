import * as Y from 'yjs';
import {
  addFieldOfAction,
  addGoal,
  addMeasure,
  addProposal,
  addWorkshop,
  ConceptError,
  type ConceptTemplate,
  type RichTextDoc,
} from '../src/index.ts';

/** A rich-text body with one paragraph per text. */
export function paragraphs(...texts: string[]): RichTextDoc {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** The ids of the small concept that `buildConcept` creates. */
export interface BuiltConcept {
  doc: Y.Doc;
  fields: { bildung: string; sport: string; kultur: string };
  goals: { leitziel: string; mittlerziel: string; handlungsziel1: string; handlungsziel2: string };
  measures: { fortbildung: string; turnier: string };
}

/**
 * A small concept: three fields of action, a goal tree Leitziel → Mittlerziel → two Handlungsziele, and two
 * measures (M-01 serves Handlungsziel 1 in Politische Bildung with Sport second; M-02 serves both in Sport).
 */
export function buildConcept(doc = new Y.Doc()): BuiltConcept {
  const bildung = addFieldOfAction(doc, { title: 'Politische Bildung' });
  const sport = addFieldOfAction(doc, { title: 'Sport' });
  const kultur = addFieldOfAction(doc, { title: 'Kultur' });
  const leitziel = addGoal(doc, { title: 'Alle Menschen im Kreis erleben Anerkennung', fieldIds: [bildung] });
  const mittlerziel = addGoal(doc, { title: 'Vereine handeln rassismuskritisch', parentId: leitziel });
  const handlungsziel1 = addGoal(doc, {
    title: 'Übungsleitungen kennen Beratungsangebote',
    parentId: mittlerziel,
    fieldIds: [bildung, sport],
  });
  const handlungsziel2 = addGoal(doc, { title: 'Vereine haben eine Ansprechperson', parentId: mittlerziel });
  const fortbildung = addMeasure(doc, {
    title: 'Fortbildung für Übungsleitungen',
    primaryFieldId: bildung,
    secondaryFieldIds: [sport],
    goalIds: [handlungsziel1],
  });
  const turnier = addMeasure(doc, {
    title: 'Turnier gegen Rassismus',
    primaryFieldId: sport,
    goalIds: [handlungsziel1, handlungsziel2],
  });
  return {
    doc,
    fields: { bildung, sport, kultur },
    goals: { leitziel, mittlerziel, handlungsziel1, handlungsziel2 },
    measures: { fortbildung, turnier },
  };
}

/** A workshop in the voting phase with two proposals; `dots` per participant. */
export function buildVotingWorkshop(
  doc: Y.Doc,
  fieldId: string | null = null,
  dots = 3,
): { workshop: string; proposals: [string, string] } {
  const workshop = addWorkshop(doc, { title: 'Workshop Sport', phase: 'vote', dotsPerParticipant: dots });
  const first = addProposal(doc, workshop, { text: 'Fortbildung für Trainer*innen', fieldId });
  const second = addProposal(doc, workshop, { text: 'Aktionstag im Stadion', fieldId });
  return { workshop, proposals: [first, second] };
}

/** A new replica of `doc`, holding its full state. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** Exchanges every missing update among `docs`, so they all hold the same state. */
export function syncDocs(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}

/** The ConceptError that `fn` throws; fails the test when it throws nothing or something else. */
export function conceptErrorOf(fn: () => unknown): ConceptError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConceptError) return error;
    throw error;
  }
  throw new Error('expected a ConceptError, but nothing was thrown');
}

/** A small valid template for tests inside `concept` (the real ones live in `templates/`). */
export const testTemplate: ConceptTemplate = {
  id: 'test-vorlage',
  version: 1,
  name: 'Testvorlage',
  description: 'Eine kleine Vorlage für Tests.',
  programme: 'NRWeltoffen',
  territoryTypes: ['kreis', 'gemeinde'],
  titlePage: { heading: 'Handlungskonzept', text: 'Gefördert im Landesprogramm.' },
  goalLevels: [
    { singular: 'Leitziel', plural: 'Leitziele' },
    { singular: 'Mittlerziel', plural: 'Mittlerziele' },
    { singular: 'Handlungsziel', plural: 'Handlungsziele' },
  ],
  chapters: [
    { key: 'auftrag', title: 'Auftrag', guidingQuestions: ['Wer hat den Auftrag erteilt?'] },
    { key: 'leitbild', title: 'Leitbild', guidingQuestions: ['Wie wollen wir zusammenleben?'], hint: 'kurz' },
  ],
  fieldsOfAction: [
    { title: 'Politische Bildung', description: 'Wissen vermitteln' },
    { title: 'Sport', description: 'Vereine stärken' },
  ],
  phenomena: [{ title: 'Antisemitismus', description: '' }],
  requiredMeasureFields: ['lead', 'goalIds', 'primaryFieldId', 'description'],
  phases: [
    {
      key: 'auftrag',
      title: 'Auftrag',
      description: 'Auftrag klären',
      checklist: [{ id: 'auftrag-beschluss', text: 'Beschluss liegt vor' }],
    },
    {
      key: 'bestandsaufnahme',
      title: 'Bestandsaufnahme',
      description: 'Lage erfassen',
      checklist: [{ id: 'bestand-daten', text: 'Daten liegen vor' }],
    },
  ],
};
