import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, buildVotingWorkshop, conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { readMeasures, readWorkshops } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import {
  addMeasure,
  deleteMeasure,
  linkMeasureToGoal,
  moveMeasure,
  nextMeasureCode,
  renumberMeasures,
  unlinkMeasureFromGoal,
  updateMeasure,
} from './measureVerbs.ts';
import { promoteProposal } from './proposalVerbs.ts';

function codes(doc: Y.Doc): string[] {
  return readMeasures(doc).map((m) => m.code);
}

describe('addMeasure', () => {
  it('assigns the next free code M-01, M-02, … with defaults for every field', () => {
    const doc = new Y.Doc();
    const id = addMeasure(doc, { title: 'Aktionswoche' });
    addMeasure(doc, { title: 'Beratungsstelle' });
    expect(codes(doc)).toEqual(['M-01', 'M-02']);
    expect(toJSON(doc).measures[0]).toEqual({
      id,
      code: 'M-01',
      title: 'Aktionswoche',
      primaryFieldId: null,
      secondaryFieldIds: [],
      goalIds: [],
      phenomenonIds: [],
      targetGroups: [],
      description: { type: 'doc', content: [{ type: 'paragraph' }] },
      lead: '',
      partners: [],
      periodStart: '',
      periodEnd: '',
      recurrence: '',
      funding: '',
      indicators: [],
      costLines: [],
      priority: null,
      isKeyMeasure: false,
      status: 'idea',
      originWorkshopId: null,
      originProposalId: null,
    });
  });

  it('continues after the highest number in use, not after the count', () => {
    const doc = new Y.Doc();
    addMeasure(doc, { code: 'M-07' });
    addMeasure(doc, { code: 'Sonder-1' });
    expect(nextMeasureCode(doc)).toBe('M-08');
    addMeasure(doc);
    expect(codes(doc)).toEqual(['M-07', 'Sonder-1', 'M-08']);
  });

  it('refuses a code already in use, ignoring case and spaces, with code duplicate-code', () => {
    const doc = new Y.Doc();
    addMeasure(doc, { code: 'M-01' });
    const error = conceptErrorOf(() => addMeasure(doc, { code: ' m-01 ' }));
    expect(error.code).toBe('duplicate-code');
    expect(error.path).toBe('measures.code');
    expect(codes(doc)).toEqual(['M-01']);
  });

  it('inserts at an index in concept order', () => {
    const doc = new Y.Doc();
    addMeasure(doc, { title: 'a' });
    addMeasure(doc, { title: 'c' });
    addMeasure(doc, { title: 'b' }, 1);
    expect(readMeasures(doc).map((m) => m.title)).toEqual(['a', 'b', 'c']);
  });

  it('refuses invalid input naming the path, and writes nothing', () => {
    const doc = new Y.Doc();
    const status = conceptErrorOf(() => addMeasure(doc, { status: 'erledigt' as never }));
    expect(status).toMatchObject({ code: 'invalid-input', path: 'measures.status' });
    expect(conceptErrorOf(() => addMeasure(doc, { periodStart: '1.1.2025' })).path).toBe(
      'measures.periodStart',
    );
    expect(conceptErrorOf(() => addMeasure(doc, { costs: -5 } as never)).code).toBe('invalid-input');
    expect(
      conceptErrorOf(() =>
        addMeasure(doc, { costLines: [{ id: 'k', year: null, amount: -5, source: null }] }),
      ).path,
    ).toBe('measures.costLines.0.amount');
    expect(conceptErrorOf(() => addMeasure(doc, { unknown: 1 } as never)).code).toBe('invalid-input');
    expect(readMeasures(doc)).toEqual([]);
  });

  it('refuses links to entities that do not exist, naming the field', () => {
    const { doc } = buildConcept();
    const error = conceptErrorOf(() => addMeasure(doc, { goalIds: ['gibt-es-nicht'] }));
    expect(error).toMatchObject({ code: 'invalid-reference', path: 'measures.goalIds' });
    expect(conceptErrorOf(() => addMeasure(doc, { primaryFieldId: 'nix' })).path).toBe(
      'measures.primaryFieldId',
    );
  });

  it('refuses rich text with an unknown node and leaves no half-written measure behind', () => {
    const doc = new Y.Doc();
    const error = conceptErrorOf(() =>
      addMeasure(doc, { title: 'kaputt', description: { type: 'doc', content: [{ type: 'marquee' }] } }),
    );
    expect(error.code).toBe('invalid-rich-text');
    expect(error.path).toMatch(/^measures\..*description$/);
    expect(readMeasures(doc)).toEqual([]);
  });

  it('stores a rich-text description', () => {
    const doc = new Y.Doc();
    const id = addMeasure(doc, { description: paragraphs('Drei Termine', 'im Frühjahr') });
    expect(readMeasures(doc, { richText: true }).find((m) => m.id === id)?.description).toEqual(
      paragraphs('Drei Termine', 'im Frühjahr'),
    );
  });
});

describe('updateMeasure', () => {
  it('changes only the given fields', () => {
    const { doc, measures, fields } = buildConcept();
    updateMeasure(doc, measures.fortbildung, { lead: 'Kommunales Integrationszentrum', status: 'adopted' });
    const m = readMeasures(doc).find((x) => x.id === measures.fortbildung);
    expect(m).toMatchObject({
      lead: 'Kommunales Integrationszentrum',
      status: 'adopted',
      title: 'Fortbildung für Übungsleitungen',
      primaryFieldId: fields.bildung,
    });
  });

  it('may keep its own code but not take another measure’s', () => {
    const { doc, measures } = buildConcept();
    updateMeasure(doc, measures.fortbildung, { code: 'm-01' });
    const error = conceptErrorOf(() => updateMeasure(doc, measures.fortbildung, { code: 'M-02' }));
    expect(error.code).toBe('duplicate-code');
    expect(codes(doc)).toEqual(['m-01', 'M-02']);
  });

  it('replaces set fields as a whole', () => {
    const { doc, measures, goals } = buildConcept();
    updateMeasure(doc, measures.turnier, { goalIds: [goals.handlungsziel2] });
    expect(readMeasures(doc)[1]?.goalIds).toEqual([goals.handlungsziel2]);
  });

  it('refuses an unknown measure with not-found', () => {
    expect(conceptErrorOf(() => updateMeasure(new Y.Doc(), 'x', { title: 'y' })).code).toBe('not-found');
  });

  it('refuses bad rich text and leaves the other fields of the patch unwritten', () => {
    const { doc, measures } = buildConcept();
    const before = toJSON(doc);
    const error = conceptErrorOf(() =>
      updateMeasure(doc, measures.turnier, {
        title: 'Neuer Titel',
        description: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'video' }] }] },
      }),
    );
    expect(error.code).toBe('invalid-rich-text');
    expect(toJSON(doc)).toEqual(before);
  });
});

describe('moveMeasure and renumberMeasures', () => {
  it('moves a measure and renumbers all in concept order', () => {
    const { doc, measures } = buildConcept();
    moveMeasure(doc, measures.turnier, 0);
    expect(codes(doc)).toEqual(['M-02', 'M-01']);
    renumberMeasures(doc);
    expect(readMeasures(doc).map((m) => [m.id, m.code])).toEqual([
      [measures.turnier, 'M-01'],
      [measures.fortbildung, 'M-02'],
    ]);
  });

  it('clamps an index beyond the end', () => {
    const { doc, measures } = buildConcept();
    moveMeasure(doc, measures.fortbildung, 99);
    expect(readMeasures(doc).map((m) => m.id)).toEqual([measures.turnier, measures.fortbildung]);
  });
});

describe('linkMeasureToGoal / unlinkMeasureFromGoal', () => {
  it('links and unlinks idempotently', () => {
    const { doc, measures, goals } = buildConcept();
    linkMeasureToGoal(doc, measures.fortbildung, goals.handlungsziel2);
    linkMeasureToGoal(doc, measures.fortbildung, goals.handlungsziel2);
    expect(readMeasures(doc)[0]?.goalIds).toEqual([goals.handlungsziel1, goals.handlungsziel2].sort());
    unlinkMeasureFromGoal(doc, measures.fortbildung, goals.handlungsziel1);
    unlinkMeasureFromGoal(doc, measures.fortbildung, goals.handlungsziel1);
    expect(readMeasures(doc)[0]?.goalIds).toEqual([goals.handlungsziel2]);
  });

  it('refuses a goal that does not exist', () => {
    const { doc, measures } = buildConcept();
    expect(conceptErrorOf(() => linkMeasureToGoal(doc, measures.turnier, 'weg')).code).toBe(
      'invalid-reference',
    );
  });

  it('keeps both links made concurrently on two replicas', () => {
    const { doc, measures, goals } = buildConcept();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateMeasure(doc, measures.fortbildung, { goalIds: [] });
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    linkMeasureToGoal(doc, measures.fortbildung, goals.handlungsziel1);
    linkMeasureToGoal(other, measures.fortbildung, goals.handlungsziel2);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(readMeasures(doc)[0]?.goalIds).toEqual([goals.handlungsziel1, goals.handlungsziel2].sort());
    expect(toJSON(other)).toEqual(toJSON(doc));
  });
});

describe('deleteMeasure', () => {
  it('removes the measure and un-promotes proposals that pointed to it', () => {
    const { doc, fields, measures } = buildConcept();
    const { workshop, proposals } = buildVotingWorkshop(doc, fields.sport);
    const promoted = promoteProposal(doc, proposals[0]);
    deleteMeasure(doc, promoted);
    expect(readMeasures(doc).map((m) => m.id)).toEqual([measures.fortbildung, measures.turnier]);
    const workshopJson = readWorkshops(doc).find((w) => w.id === workshop);
    expect(workshopJson?.proposals[0]?.measureId).toBeNull();
  });

  it('refuses an unknown measure', () => {
    expect(conceptErrorOf(() => deleteMeasure(new Y.Doc(), 'x')).code).toBe('not-found');
  });
});
