import { render } from '@testing-library/react';
import {
  addChapter,
  addFieldOfAction,
  addGoal,
  addGoalIndicator,
  addMeasure,
  collection,
  fromJSON,
  keys,
  rt,
  sampleConcept,
  setVision,
} from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import type { Role } from '../storage/RecentConcept.ts';
import { WorkspaceContext } from '../workspace/WorkspaceContext.ts';

const REMOTE = Symbol('remote');
const messages = { de: webMessagesDe };

/** A small sample concept whose first chapter says one sentence: the concept, its doc, that body and a measure. */
export function sampleWithChapterBody() {
  const json = sampleConcept({ fields: 2, goals: 2, measures: 2 });
  const chapter = json.chapters[0];
  const measure = json.measures[0];
  if (!chapter || !measure) throw new Error('the sample has chapters and measures');
  chapter.body = rt.doc(rt.p('Der Kreis ist offen.'));
  const doc = fromJSON(json);
  const body = collection(doc, keys.CHAPTERS).get(chapter.id)?.get(keys.BODY) as Y.XmlFragment;
  return { json, doc, body, chapterId: chapter.id, measure };
}

/** Two docs that sync every update to each other at once, like two browsers on one server. */
export function syncedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE);
  });
  return [a, b];
}

/**
 * A concept with a bit of everything: two chapters (draft, final), a vision, Leitziel → Mittlerziel → two
 * Handlungsziele (one with a measure, one with an indicator), two fields of action with a measure each.
 */
export function navConcept(doc: Y.Doc = new Y.Doc(), { templateChapters = false } = {}) {
  const ausgangslage = addChapter(doc, { title: 'Ausgangslage', status: 'draft' });
  // With `templateChapters`, the structured parts have chapters of their kind between the two, as templates give them.
  if (templateChapters) {
    addChapter(doc, { key: 'leitbild', title: 'Leitbild', kind: 'vision' });
    addChapter(doc, { key: 'ziele', title: 'Ziele', kind: 'goals' });
    addChapter(doc, {
      key: 'handlungsfelder',
      title: 'Handlungsfelder und Themenfelder',
      kind: 'fieldsOfAction',
    });
    addChapter(doc, { key: 'massnahmen', title: 'Maßnahmen', kind: 'measures' });
    addChapter(doc, { key: 'akteure-netzwerk', title: 'Akteur*innen und Netzwerk', kind: 'actors' });
  }
  const beteiligung = addChapter(doc, {
    key: templateChapters ? 'beteiligung' : '',
    title: templateChapters ? 'Beteiligungsprozess' : 'Beteiligung',
    kind: templateChapters ? 'participation' : 'text',
    status: 'final',
  });
  setVision(doc, {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Offen' }] }],
  });
  const sport = addFieldOfAction(doc, { title: 'Sport' });
  const bildung = addFieldOfAction(doc, { title: 'Politische Bildung' });
  const leit = addGoal(doc, { title: 'Vielfalt wird gelebt' });
  const mittler = addGoal(doc, { title: 'Vereine sind offen', parentId: leit });
  const h1 = addGoal(doc, { title: 'Trainer*innen erkennen Diskriminierung', parentId: mittler });
  const h2 = addGoal(doc, { title: 'Betroffene kennen Beratung', parentId: mittler });
  addGoalIndicator(doc, h2, { name: 'Beratungsanfragen' });
  const m1 = addMeasure(doc, {
    title: 'Fortbildung für Vereine',
    primaryFieldId: sport,
    goalIds: [h1],
    status: 'proposed',
  });
  const m2 = addMeasure(doc, { title: 'Workshop an Schulen', primaryFieldId: bildung, status: 'idea' });
  return { doc, ausgangslage, beteiligung, sport, bildung, leit, mittler, h1, h2, m1, m2 };
}

/** Shows `awareness`'s peers a user named `name` at `location` (as another browser would). */
export function remoteUser(awareness: Awareness, name: string, location: { kind: string; id?: string }) {
  const other = new Awareness(new Y.Doc());
  other.setLocalState({ user: { name, color: '#b3261e' }, location });
  applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), REMOTE);
  return other;
}

/** Renders `ui` in a German workspace of concept `c1` (or `conceptId`) on `doc`. */
export function renderInWorkspace(
  ui: ReactNode,
  { doc = new Y.Doc(), role = 'editor' as Role, awareness = new Awareness(doc), conceptId = 'c1' } = {},
) {
  const value = { conceptId, token: 'tok', role, editable: role !== 'viewer', doc, awareness };
  const result = render(
    <I18nProvider locale="de" messages={messages}>
      <WorkspaceContext.Provider value={value}>{ui}</WorkspaceContext.Provider>
    </I18nProvider>,
  );
  return { ...result, doc, awareness };
}
