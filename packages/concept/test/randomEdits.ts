import * as Y from 'yjs';
import * as C from '../src/index.ts';
import type { CollectionKey } from '../src/model/keys.ts';
import {
  ACTORS,
  CHAPTERS,
  FIELDS_OF_ACTION,
  GOALS,
  MEASURES,
  PHENOMENA,
  PROPOSALS,
  VERSIONS,
  WORKSHOPS,
} from '../src/model/keys.ts';
import type { SampleRandom } from '../src/sample/sampleRandom.ts';

type Edit = (doc: Y.Doc, r: SampleRandom) => void;

const WORDS = [
  'Vielfalt',
  'Beratung',
  'Verein',
  'Schule',
  'Teilhabe',
  'Netzwerk',
  'Stadtteil',
  'Empowerment',
];
const GOAL_TITLES = [
  'Betroffene kennen Beratungsangebote',
  'Vereine handeln sicher',
  'Durchführung von Workshops',
];

function words(r: SampleRandom, n = r.int(1, 3)): string {
  return Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
}

/** A random id of the collection as this replica sees it, sometimes one that does not exist. */
function pickId(doc: Y.Doc, key: CollectionKey, r: SampleRandom): string {
  const ids = [...C.collection(doc, key).keys()].sort();
  return ids.length === 0 || r.next() < 0.03 ? 'fehlt' : r.pick(ids);
}

function someIds(doc: Y.Doc, key: CollectionKey, r: SampleRandom): string[] {
  return [...new Set(Array.from({ length: r.int(0, 2) }, () => pickId(doc, key, r)))];
}

function maybeId(doc: Y.Doc, key: CollectionKey, r: SampleRandom): string | null {
  return r.next() < 0.3 ? null : pickId(doc, key, r);
}

function indicatorId(doc: Y.Doc, key: CollectionKey, entityId: string, r: SampleRandom): string {
  const list = C.findEntity(doc, key, entityId)?.get('indicators');
  const ids = list instanceof Y.Array ? list.toArray().map((m: Y.Map<string>) => String(m.get('id'))) : [];
  return ids.length === 0 ? 'fehlt' : r.pick(ids);
}

function body(r: SampleRandom): C.RichTextDoc {
  if (r.next() < 0.05) return { type: 'doc', content: [{ type: 'marquee' }] };
  return {
    type: 'doc',
    content: Array.from({ length: r.int(1, 2) }, () => ({
      type: 'paragraph',
      content: [{ type: 'text', text: words(r) }],
    })),
  };
}

function date(r: SampleRandom): string {
  return r.next() < 0.05 ? '31.12.2026' : `202${r.int(5, 8)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
}

/** A rich-text fragment of this replica: the vision or a chapter, goal or measure body. */
function pickFragment(doc: Y.Doc, r: SampleRandom): Y.XmlFragment | undefined {
  const [key, field] = r.pick([
    [CHAPTERS, 'body'],
    [GOALS, 'description'],
    [MEASURES, 'description'],
    [null, ''],
  ] as const);
  if (key === null) return C.visionFragment(doc);
  const fragment = C.findEntity(doc, key, pickId(doc, key, r))?.get(field);
  return fragment instanceof Y.XmlFragment ? fragment : undefined;
}

/** Edits a fragment the way a Tiptap editor bound to it would: text in paragraphs, marks, new or removed paragraphs. */
function editRichText(doc: Y.Doc, r: SampleRandom): void {
  const fragment = pickFragment(doc, r);
  if (!fragment) return;
  doc.transact(() => {
    const paragraphs = fragment.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement);
    const choice = r.int(0, 9);
    if (paragraphs.length === 0 || choice === 0) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(words(r))]);
      fragment.insert(r.int(0, fragment.length), [paragraph]);
      return;
    }
    if (choice === 1 && fragment.length > 1) {
      fragment.delete(r.int(0, fragment.length - 1), 1);
      return;
    }
    const paragraph = r.pick(paragraphs);
    let text = paragraph.toArray().find((n): n is Y.XmlText => n instanceof Y.XmlText);
    if (!text) {
      text = new Y.XmlText();
      paragraph.insert(0, [text]);
    }
    const at = r.int(0, text.length);
    if (choice <= 5) text.insert(at, `${words(r, 1)} `);
    else if (choice <= 7 && text.length > at) text.delete(at, r.int(1, Math.min(4, text.length - at)));
    else if (text.length > at)
      text.format(at, r.int(1, text.length - at), {
        [r.pick(['bold', 'italic'])]: r.next() < 0.7 ? {} : null,
      });
  });
}

/** `items` with one random item inserted, removed or replaced, as a person edits a list of names. */
function editList(items: readonly string[], r: SampleRandom): string[] {
  const out = [...items];
  const choice = r.int(0, 2);
  if (choice === 0 || out.length === 0) out.splice(r.int(0, out.length), 0, words(r, 1));
  else out.splice(r.int(0, out.length - 1), 1, ...(choice === 1 ? [] : [words(r, 1)]));
  return out;
}

/** Writes a measure's list as one plain array, as clients did before lists were Y.Arrays. */
function writeLegacyList(doc: Y.Doc, r: SampleRandom): void {
  const measure = C.findEntity(doc, MEASURES, pickId(doc, MEASURES, r));
  if (!measure) return;
  const field = r.pick(['targetGroups', 'partners'] as const);
  const current = C.readMeasures(doc).find((m) => m.id === measure.get('id'))?.[field] ?? [];
  doc.transact(() => measure.set(field, editList(current, r)));
}

/** Every verb of `concept`, with random (sometimes invalid) arguments, plus direct rich-text edits. */
export const randomEdits: Record<string, Edit> = {
  addActor: (d, r) => C.addActor(d, { name: words(r), type: r.pick(C.actorTypeSchema.options) }, r.int(0, 3)),
  updateActor: (d, r) => C.updateActor(d, pickId(d, ACTORS, r), { notes: words(r) }),
  moveActor: (d, r) => C.moveActor(d, pickId(d, ACTORS, r), r.int(0, 4)),
  deleteActor: (d, r) => C.deleteActor(d, pickId(d, ACTORS, r)),
  addChapter: (d, r) => C.addChapter(d, { title: words(r), body: body(r) }, r.int(0, 4)),
  updateChapter: (d, r) =>
    C.updateChapter(
      d,
      pickId(d, CHAPTERS, r),
      r.next() < 0.5 ? { status: r.pick(C.chapterStatusSchema.options) } : { title: words(r), body: body(r) },
    ),
  editChapterQuestions: (d, r) => {
    const id = pickId(d, CHAPTERS, r);
    const current = C.readChapters(d).find((c) => c.id === id)?.guidingQuestions ?? [];
    C.updateChapter(d, id, { guidingQuestions: editList(current, r) });
  },
  moveChapter: (d, r) => C.moveChapter(d, pickId(d, CHAPTERS, r), r.int(0, 4)),
  deleteChapter: (d, r) => C.deleteChapter(d, pickId(d, CHAPTERS, r)),
  addFieldOfAction: (d, r) => C.addFieldOfAction(d, { title: words(r) }, r.int(0, 4)),
  updateFieldOfAction: (d, r) =>
    C.updateFieldOfAction(d, pickId(d, FIELDS_OF_ACTION, r), { description: words(r) }),
  moveFieldOfAction: (d, r) => C.moveFieldOfAction(d, pickId(d, FIELDS_OF_ACTION, r), r.int(0, 4)),
  deleteFieldOfAction: (d, r) =>
    C.deleteFieldOfAction(
      d,
      pickId(d, FIELDS_OF_ACTION, r),
      r.next() < 0.5 ? pickId(d, FIELDS_OF_ACTION, r) : null,
    ),
  addGoal: (d, r) =>
    C.addGoal(
      d,
      {
        title: r.pick(GOAL_TITLES),
        parentId: maybeId(d, GOALS, r),
        fieldIds: someIds(d, FIELDS_OF_ACTION, r),
      },
      r.int(0, 3),
    ),
  updateGoal: (d, r) =>
    C.updateGoal(d, pickId(d, GOALS, r), {
      title: r.pick(GOAL_TITLES),
      targetDate: date(r),
      smart: {
        specific: r.next() < 0.5,
        measurable: true,
        achievable: true,
        relevant: true,
        timeBound: false,
      },
      fieldIds: someIds(d, FIELDS_OF_ACTION, r),
      ...(r.next() < 0.3 ? { description: body(r) } : {}),
    }),
  moveGoal: (d, r) => C.moveGoal(d, pickId(d, GOALS, r), maybeId(d, GOALS, r), r.int(0, 3)),
  deleteGoal: (d, r) => C.deleteGoal(d, pickId(d, GOALS, r), r.pick(['reparent', 'delete'] as const)),
  addGoalIndicator: (d, r) =>
    C.addGoalIndicator(d, pickId(d, GOALS, r), { name: words(r), target: String(r.int(1, 99)) }),
  updateGoalIndicator: (d, r) => {
    const goal = pickId(d, GOALS, r);
    C.updateGoalIndicator(d, goal, indicatorId(d, GOALS, goal, r), { baseline: String(r.int(0, 9)) });
  },
  removeGoalIndicator: (d, r) => {
    const goal = pickId(d, GOALS, r);
    C.removeGoalIndicator(d, goal, indicatorId(d, GOALS, goal, r));
  },
  addMeasure: (d, r) =>
    C.addMeasure(
      d,
      {
        title: words(r),
        ...(r.next() < 0.15 ? { code: `M-0${r.int(1, 9)}` } : {}),
        primaryFieldId: maybeId(d, FIELDS_OF_ACTION, r),
        secondaryFieldIds: someIds(d, FIELDS_OF_ACTION, r),
        goalIds: someIds(d, GOALS, r),
        phenomenonIds: someIds(d, PHENOMENA, r),
      },
      r.int(0, 5),
    ),
  updateMeasure: (d, r) =>
    C.updateMeasure(d, pickId(d, MEASURES, r), {
      lead: words(r),
      periodStart: date(r),
      status: r.pick(C.measureStatusSchema.options),
      priority: r.pick(['high', 'medium', 'low', null] as const),
      ...(r.next() < 0.2 ? { code: `M-0${r.int(1, 9)}` } : {}),
      ...(r.next() < 0.3 ? { description: body(r), primaryFieldId: maybeId(d, FIELDS_OF_ACTION, r) } : {}),
    }),
  editMeasureList: (d, r) => {
    const id = pickId(d, MEASURES, r);
    const field = r.pick(['targetGroups', 'partners'] as const);
    const current = C.readMeasures(d).find((m) => m.id === id)?.[field] ?? [];
    C.updateMeasure(d, id, { [field]: editList(current, r) });
  },
  writeLegacyList,
  moveMeasure: (d, r) => C.moveMeasure(d, pickId(d, MEASURES, r), r.int(0, 5)),
  deleteMeasure: (d, r) => C.deleteMeasure(d, pickId(d, MEASURES, r)),
  linkMeasureToGoal: (d, r) => C.linkMeasureToGoal(d, pickId(d, MEASURES, r), pickId(d, GOALS, r)),
  unlinkMeasureFromGoal: (d, r) => C.unlinkMeasureFromGoal(d, pickId(d, MEASURES, r), pickId(d, GOALS, r)),
  renumberMeasures: (d, r) => (r.next() < 0.2 ? C.renumberMeasures(d) : undefined),
  addMeasureIndicator: (d, r) =>
    C.addMeasureIndicator(d, pickId(d, MEASURES, r), { name: words(r), unit: 'Personen' }),
  updateMeasureIndicator: (d, r) => {
    const measure = pickId(d, MEASURES, r);
    C.updateMeasureIndicator(d, measure, indicatorId(d, MEASURES, measure, r), {
      target: String(r.int(1, 99)),
    });
  },
  removeMeasureIndicator: (d, r) => {
    const measure = pickId(d, MEASURES, r);
    C.removeMeasureIndicator(d, measure, indicatorId(d, MEASURES, measure, r));
  },
  setChecklistItem: (d, r) =>
    C.setChecklistItem(d, r.pick(['auftrag-beschluss', 'bestand-daten']), r.next() < 0.7),
  setVision: (d, r) => C.setVision(d, body(r)),
  updateMeta: (d, r) => C.updateMeta(d, { title: words(r), status: r.pick(C.conceptStatusSchema.options) }),
  addPhenomenon: (d, r) => C.addPhenomenon(d, { title: words(r) }, r.int(0, 3)),
  updatePhenomenon: (d, r) => C.updatePhenomenon(d, pickId(d, PHENOMENA, r), { description: words(r) }),
  movePhenomenon: (d, r) => C.movePhenomenon(d, pickId(d, PHENOMENA, r), r.int(0, 3)),
  deletePhenomenon: (d, r) => C.deletePhenomenon(d, pickId(d, PHENOMENA, r)),
  addProposal: (d, r) =>
    C.addProposal(d, pickId(d, WORKSHOPS, r), {
      text: words(r),
      fieldId: maybeId(d, FIELDS_OF_ACTION, r),
      author: `Teilnehmer*in ${r.int(1, 9)}`,
      createdAt: '2025-05-10T10:00:00Z',
    }),
  updateProposal: (d, r) =>
    C.updateProposal(d, pickId(d, PROPOSALS, r), { moderation: r.pick(['visible', 'hidden'] as const) }),
  deleteProposal: (d, r) => C.deleteProposal(d, pickId(d, PROPOSALS, r)),
  castVote: (d, r) => C.castVote(d, pickId(d, PROPOSALS, r), `p${r.int(1, 4)}`, r.int(0, 3)),
  promoteProposal: (d, r) => C.promoteProposal(d, pickId(d, PROPOSALS, r)),
  submitProposal: (d, r) =>
    C.submitProposal(d, pickId(d, WORKSHOPS, r), `participant-${r.int(1, 4)}`, {
      submissionId: `submission-${r.int(1, 6)}`,
      text: words(r),
    }),
  setParticipantVotes: (d, r) => {
    const workshopId = pickId(d, WORKSHOPS, r);
    const proposals = C.readProposals(d, workshopId);
    const votes = Object.fromEntries(proposals.slice(0, r.int(0, 3)).map((p) => [p.id, r.int(0, 2)]));
    C.setParticipantVotes(d, workshopId, `participant-${r.int(1, 4)}`, votes);
  },
  mergeProposals: (d, r) => C.mergeProposals(d, pickId(d, PROPOSALS, r), [pickId(d, PROPOSALS, r)]),
  releaseOrHideProposal: (d, r) =>
    r.next() < 0.5
      ? C.releaseProposal(d, pickId(d, PROPOSALS, r))
      : C.hideProposal(d, pickId(d, PROPOSALS, r)),
  answerProposal: (d, r) =>
    C.answerProposal(d, pickId(d, PROPOSALS, r), {
      outcome: r.pick(['deferred', 'rejected', null] as const),
      reason: words(r),
    }),
  addVersion: (d, r) => C.addVersion(d, { name: words(r), createdAt: '2025-06-01T00:00:00Z' }),
  updateVersion: (d, r) => C.updateVersion(d, pickId(d, VERSIONS, r), { name: words(r) }),
  markVersionAdopted: (d, r) =>
    C.markVersionAdopted(d, pickId(d, VERSIONS, r), {
      body: 'Rat',
      date: date(r),
      drucksache: `${r.int(1, 99)}/2025`,
    }),
  deleteVersion: (d, r) => C.deleteVersion(d, pickId(d, VERSIONS, r)),
  addWorkshop: (d, r) =>
    C.addWorkshop(d, {
      title: words(r),
      phase: r.pick(['collect', 'vote'] as const),
      release: r.pick(['immediate', 'moderated'] as const),
      stackDots: r.next() < 0.5,
      fieldIds: someIds(d, FIELDS_OF_ACTION, r),
    }),
  updateWorkshop: (d, r) =>
    C.updateWorkshop(d, pickId(d, WORKSHOPS, r), {
      phase: r.pick(C.workshopPhaseSchema.options),
      dotsPerParticipant: r.int(1, 5),
    }),
  editWorkshopQuestions: (d, r) => {
    const id = pickId(d, WORKSHOPS, r);
    const current = C.readWorkshops(d).find((w) => w.id === id)?.guidingQuestions ?? [];
    C.updateWorkshop(d, id, { guidingQuestions: editList(current, r) });
  },
  moveWorkshop: (d, r) => C.moveWorkshop(d, pickId(d, WORKSHOPS, r), r.int(0, 3)),
  deleteWorkshop: (d, r) => (r.next() < 0.5 ? C.deleteWorkshop(d, pickId(d, WORKSHOPS, r)) : undefined),
  editRichText,
};

const WEIGHTS: Record<string, number> = {
  editRichText: 12,
  castVote: 4,
  addProposal: 3,
  updateMeasure: 3,
  addMeasure: 3,
  editMeasureList: 4,
};
const NAMES = Object.keys(randomEdits);
const TOTAL = NAMES.reduce((sum, name) => sum + (WEIGHTS[name] ?? 1), 0);

/** The name of a random edit, rich-text edits and votes more often than the rest. */
export function pickEdit(r: SampleRandom): string {
  let ticket = r.next() * TOTAL;
  for (const name of NAMES) {
    ticket -= WEIGHTS[name] ?? 1;
    if (ticket < 0) return name;
  }
  return NAMES[NAMES.length - 1] as string;
}
