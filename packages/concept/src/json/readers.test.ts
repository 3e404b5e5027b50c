import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, buildVotingWorkshop, replicaOf, syncDocs } from '../../test/factories.ts';
import { addChapter } from '../verbs/chapterVerbs.ts';
import { deleteFieldOfAction } from '../verbs/fieldOfActionVerbs.ts';
import { addGoal, deleteGoal, moveGoal } from '../verbs/goalVerbs.ts';
import { addMeasure, deleteMeasure, linkMeasureToGoal, updateMeasure } from '../verbs/measureVerbs.ts';
import { setChecklistItem, updateMeta } from '../verbs/metaVerbs.ts';
import { addPhenomenon, deletePhenomenon } from '../verbs/phenomenonVerbs.ts';
import { addProposal, promoteProposal, updateProposal } from '../verbs/proposalVerbs.ts';
import { addWorkshop, deleteWorkshop, updateWorkshop } from '../verbs/workshopVerbs.ts';
import { parseConceptJSON } from './fromJSON.ts';
import {
  DEFAULT_META,
  readChapters,
  readChecklist,
  readGoals,
  readMeasures,
  readMeta,
  readProposals,
  readWorkshops,
} from './readers.ts';
import { toJSON } from './toJSON.ts';

describe('readers', () => {
  it('read defaults from an empty doc', () => {
    const doc = new Y.Doc();
    expect(readMeta(doc)).toEqual(DEFAULT_META);
    expect(readChecklist(doc)).toEqual({});
    expect(readMeasures(doc)).toEqual([]);
  });

  it('read meta and the checklist sorted by id', () => {
    const doc = new Y.Doc();
    updateMeta(doc, { title: 'Handlungskonzept', territoryType: 'kreis' });
    setChecklistItem(doc, 'b', true);
    setChecklistItem(doc, 'a', false);
    expect(readMeta(doc)).toMatchObject({
      title: 'Handlungskonzept',
      territoryType: 'kreis',
      status: 'draft',
    });
    expect(Object.keys(readChecklist(doc))).toEqual(['a', 'b']);
  });

  it('leave rich text out unless asked', () => {
    const doc = new Y.Doc();
    addChapter(doc, { title: 'Auftrag' });
    expect(readChapters(doc)[0]).not.toHaveProperty('body');
    expect(readChapters(doc, { richText: true })[0]?.body).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });

  it('read proposals per workshop, in order', () => {
    const doc = new Y.Doc();
    const { workshop, proposals } = buildVotingWorkshop(doc);
    const other = addWorkshop(doc, { title: 'Kultur' });
    addProposal(doc, other, { text: 'Lesung' });
    expect(readProposals(doc, workshop).map((p) => p.id)).toEqual(proposals);
    expect(readWorkshops(doc).map((w) => w.proposals.length)).toEqual([2, 1]);
  });
});

describe('readers after concurrent deletes', () => {
  it('hide links to a goal deleted while another replica linked a measure to it', () => {
    const { doc, goals, measures } = buildConcept();
    const other = replicaOf(doc);
    const fresh = addGoal(doc, { title: 'Neues Handlungsziel', parentId: goals.mittlerziel });
    syncDocs(doc, other);
    deleteGoal(doc, fresh, 'delete');
    linkMeasureToGoal(other, measures.fortbildung, fresh);
    syncDocs(doc, other);
    expect(readMeasures(other)[0]?.goalIds).toEqual([goals.handlungsziel1]);
    expect(() => parseConceptJSON(toJSON(other))).not.toThrow();
  });

  it('hide a field of action deleted while another replica used it in a new measure, goal and workshop', () => {
    const { doc, fields } = buildConcept();
    const other = replicaOf(doc);
    deleteFieldOfAction(doc, fields.kultur);
    const measure = addMeasure(other, { primaryFieldId: fields.kultur, secondaryFieldIds: [fields.kultur] });
    const goal = addGoal(other, { title: 'Kulturorte sind offen', fieldIds: [fields.kultur] });
    const workshop = addWorkshop(other, { title: 'Kultur', fieldIds: [fields.kultur] });
    const proposal = addProposal(other, workshop, { text: 'Festival', fieldId: fields.kultur });
    syncDocs(doc, other);
    for (const replica of [doc, other]) {
      const json = toJSON(replica);
      expect(json.measures.find((m) => m.id === measure)).toMatchObject({
        primaryFieldId: null,
        secondaryFieldIds: [],
      });
      expect(json.goals.find((g) => g.id === goal)?.fieldIds).toEqual([]);
      const w = json.workshops.find((x) => x.id === workshop);
      expect(w?.fieldIds).toEqual([]);
      expect(w?.proposals.find((p) => p.id === proposal)?.fieldId).toBeNull();
      expect(() => parseConceptJSON(json)).not.toThrow();
    }
  });

  it('show a goal whose parent was deleted concurrently as a root', () => {
    const { doc, goals } = buildConcept();
    const other = replicaOf(doc);
    deleteGoal(doc, goals.leitziel, 'delete');
    const child = addGoal(other, { title: 'Spätes Mittlerziel', parentId: goals.leitziel });
    syncDocs(doc, other);
    expect(readGoals(doc).find((g) => g.id === child)?.parentId).toBeNull();
    expect(toJSON(doc).goals).toEqual([expect.objectContaining({ id: child, parentId: null })]);
    expect(() => parseConceptJSON(toJSON(doc))).not.toThrow();
  });

  it('break a cycle made by concurrent moves the same way on every replica', () => {
    const doc = new Y.Doc();
    const a = addGoal(doc, { title: 'A' });
    const b = addGoal(doc, { title: 'B' });
    const other = replicaOf(doc);
    moveGoal(doc, a, b);
    moveGoal(other, b, a);
    syncDocs(doc, other);
    const json = toJSON(doc);
    expect(toJSON(other)).toEqual(json);
    const [smaller, larger] = [a, b].sort() as [string, string];
    expect(json.goals.map((g) => [g.id, g.parentId])).toEqual([
      [smaller, null],
      [larger, smaller],
    ]);
    expect(() => parseConceptJSON(json)).not.toThrow();
  });

  it('hide a phenomenon area deleted while a measure was tagged with it', () => {
    const doc = new Y.Doc();
    const phenomenon = addPhenomenon(doc, { title: 'Antiziganismus' });
    const measure = addMeasure(doc);
    const other = replicaOf(doc);
    deletePhenomenon(doc, phenomenon);
    updateMeasure(other, measure, { phenomenonIds: [phenomenon] });
    syncDocs(doc, other);
    expect(readMeasures(doc)[0]?.phenomenonIds).toEqual([]);
  });

  it('hide a measure deleted while a proposal was promoted to it elsewhere', () => {
    const doc = new Y.Doc();
    const { proposals } = buildVotingWorkshop(doc);
    const measure = addMeasure(doc);
    const other = replicaOf(doc);
    deleteMeasure(doc, measure);
    updateProposal(other, proposals[0], { measureId: measure });
    syncDocs(doc, other);
    expect(readWorkshops(doc)[0]?.proposals[0]?.measureId).toBeNull();
    expect(() => parseConceptJSON(toJSON(doc))).not.toThrow();
  });

  it('hide a proposal whose workshop was deleted while it was added and promoted elsewhere', () => {
    const doc = new Y.Doc();
    const workshop = addWorkshop(doc, { title: 'Demokratiekonferenz' });
    const other = replicaOf(doc);
    deleteWorkshop(doc, workshop);
    const proposal = addProposal(other, workshop, { text: 'Beratung im Stadtteil' });
    const measure = promoteProposal(other, proposal);
    syncDocs(doc, other);
    for (const replica of [doc, other]) {
      const json = toJSON(replica);
      expect(json.workshops).toEqual([]);
      expect(json.measures.find((m) => m.id === measure)).toMatchObject({
        originWorkshopId: null,
        originProposalId: null,
      });
      expect(() => parseConceptJSON(json)).not.toThrow();
    }
  });

  it('hide a workshop field deleted concurrently with a workshop update', () => {
    const { doc, fields } = buildConcept();
    const workshop = addWorkshop(doc, { title: 'Sport' });
    const other = replicaOf(doc);
    deleteFieldOfAction(doc, fields.sport, fields.bildung);
    updateWorkshop(other, workshop, { fieldIds: [fields.sport] });
    syncDocs(doc, other);
    expect(readWorkshops(doc)[0]?.fieldIds).toEqual([]);
  });
});
