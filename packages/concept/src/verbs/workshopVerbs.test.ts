import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, buildVotingWorkshop, conceptErrorOf } from '../../test/factories.ts';
import { parseConceptJSON } from '../json/fromJSON.ts';
import { readMeasures, readWorkshops } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { collection } from '../model/entityStore.ts';
import { PROPOSALS } from '../model/keys.ts';
import { promoteProposal } from './proposalVerbs.ts';
import { submitProposal } from './submitProposal.ts';
import { addWorkshop, deleteWorkshop, moveWorkshop, updateWorkshop } from './workshopVerbs.ts';

describe('addWorkshop / updateWorkshop / moveWorkshop', () => {
  it('adds a workshop with defaults, changes its phase and reorders', () => {
    const { doc, fields } = buildConcept();
    const a = addWorkshop(doc, { title: 'World Café', date: '2025-05-10', fieldIds: [fields.sport] });
    const b = addWorkshop(doc, { title: 'Demokratiekonferenz', format: 'Konferenz' });
    updateWorkshop(doc, a, { phase: 'vote', guidingQuestions: ['Was fehlt im Sport?'] });
    moveWorkshop(doc, b, 0);
    expect(readWorkshops(doc)).toEqual([
      {
        id: b,
        title: 'Demokratiekonferenz',
        date: '',
        format: 'Konferenz',
        fieldIds: [],
        guidingQuestions: [],
        phase: 'collect',
        dotsPerParticipant: 5,
        place: '',
        online: false,
        stackDots: true,
        release: 'immediate',
        proposals: [],
      },
      {
        id: a,
        title: 'World Café',
        date: '2025-05-10',
        format: '',
        fieldIds: [fields.sport],
        guidingQuestions: ['Was fehlt im Sport?'],
        phase: 'vote',
        dotsPerParticipant: 5,
        place: '',
        online: false,
        stackDots: true,
        release: 'immediate',
        proposals: [],
      },
    ]);
  });

  it('refuses invalid phases, dot counts and unknown fields, naming the path', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => addWorkshop(doc, { phase: 'open' as never })).path).toBe('workshops.phase');
    expect(conceptErrorOf(() => addWorkshop(doc, { dotsPerParticipant: 0 })).path).toBe(
      'workshops.dotsPerParticipant',
    );
    expect(conceptErrorOf(() => addWorkshop(doc, { fieldIds: ['x'] })).code).toBe('invalid-reference');
    expect(conceptErrorOf(() => updateWorkshop(doc, 'x', { title: 'y' })).code).toBe('not-found');
    expect(readWorkshops(doc)).toEqual([]);
  });
});

describe('deleteWorkshop', () => {
  it('deletes its proposals; measures that came from it stay without an origin', () => {
    const { doc, fields } = buildConcept();
    const { workshop, proposals } = buildVotingWorkshop(doc, fields.sport);
    const other = buildVotingWorkshop(doc);
    const measureId = promoteProposal(doc, proposals[0]);
    deleteWorkshop(doc, workshop);
    expect(readWorkshops(doc).map((w) => w.id)).toEqual([other.workshop]);
    expect([...collection(doc, PROPOSALS).keys()].sort()).toEqual([...other.proposals].sort());
    expect(readMeasures(doc).find((m) => m.id === measureId)).toMatchObject({
      originWorkshopId: null,
      originProposalId: null,
      title: 'Fortbildung für Trainer*innen',
    });
    expect(() => parseConceptJSON(toJSON(doc))).not.toThrow();
  });

  it('refuses an unknown workshop', () => {
    expect(conceptErrorOf(() => deleteWorkshop(new Y.Doc(), 'x')).code).toBe('not-found');
  });
});

describe('deleteWorkshop, for good', () => {
  it('leaves no proposal text or participant id in the stored state afterwards', () => {
    const { doc } = buildConcept();
    const workshop = addWorkshop(doc, { title: 'World Café', phase: 'collect' });
    submitProposal(doc, workshop, 'participant-gone-1', {
      submissionId: 'send-0001',
      text: 'Ein sehr persönlicher Beitrag',
      author: 'Vorname',
    });
    deleteWorkshop(doc, workshop);
    const stored = new TextDecoder().decode(Y.encodeStateAsUpdate(doc));
    for (const secret of ['Ein sehr persönlicher Beitrag', 'participant-gone-1', 'Vorname', 'World Café']) {
      expect(stored).not.toContain(secret);
    }
  });
});
