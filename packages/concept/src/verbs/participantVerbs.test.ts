import { describe, expect, it } from 'vitest';
import { buildConcept, conceptErrorOf } from '../../test/factories.ts';
import { readProposals } from '../json/readers.ts';
import { workshopProjection } from '../queries/workshopProjection.ts';
import { editOwnProposal } from './editOwnProposal.ts';
import { mergeProposals, releaseProposal } from './moderationVerbs.ts';
import { deleteProposal } from './proposalVerbs.ts';
import { setParticipantVotes } from './setParticipantVotes.ts';
import { submitProposal } from './submitProposal.ts';
import { addWorkshop, updateWorkshop } from './workshopVerbs.ts';

const ANNA = 'participant-anna-01';
const BEN = 'participant-ben-002';

function collecting(release: 'immediate' | 'moderated' = 'immediate') {
  const built = buildConcept();
  const workshop = addWorkshop(built.doc, {
    title: 'Demokratiekonferenz',
    release,
    fieldIds: [built.fields.sport],
  });
  return { ...built, workshop };
}

describe('submitProposal', () => {
  it('adds a proposal once per submission id, however often the phone resends it', () => {
    const { doc, workshop, fields } = collecting();
    const input = { submissionId: 'send-0001', text: '  Sprachcafé im Verein ', fieldId: fields.sport };
    const first = submitProposal(doc, workshop, ANNA, input);
    const again = submitProposal(doc, workshop, ANNA, input);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const [stored] = readProposals(doc, workshop);
    expect(readProposals(doc, workshop)).toHaveLength(1);
    expect(stored).toMatchObject({
      text: 'Sprachcafé im Verein',
      participantId: ANNA,
      moderation: 'visible',
    });
    // Another participant may happen to choose the same submission id.
    expect(submitProposal(doc, workshop, BEN, input).created).toBe(true);
  });

  it('keeps proposals pending when the workshop releases them first', () => {
    const { doc, workshop } = collecting('moderated');
    submitProposal(doc, workshop, ANNA, { submissionId: 'send-0001', text: 'Antidiskriminierungsstelle' });
    expect(readProposals(doc, workshop)[0]?.moderation).toBe('pending');
  });

  it('refuses input outside the collect phase, too long, empty, or for a field the workshop does not cover', () => {
    const { doc, workshop, fields } = collecting();
    const send = (text: string, fieldId?: string) =>
      conceptErrorOf(() =>
        submitProposal(doc, workshop, ANNA, { submissionId: `send-${text.length}-x`, text, fieldId }),
      );
    expect(send('x'.repeat(1001)).code).toBe('invalid-input');
    expect(send('   ').code).toBe('invalid-input');
    expect(send('Kultur', fields.kultur).code).toBe('invalid-field');
    expect(
      conceptErrorOf(() => submitProposal(doc, workshop, 'x', { submissionId: 'send-0001', text: 'a' })).code,
    ).toBe('invalid-input');
    updateWorkshop(doc, workshop, { phase: 'closed' });
    expect(send('Zu spät').code).toBe('workshop-not-collecting');
    expect(readProposals(doc, workshop)).toEqual([]);
  });
});

describe('editOwnProposal', () => {
  it('lets participants change only their own proposals, and only while collecting', () => {
    const { doc, workshop } = collecting();
    const { id } = submitProposal(doc, workshop, ANNA, { submissionId: 'send-0001', text: 'Erst so' });
    editOwnProposal(doc, id, ANNA, { text: 'Dann so', targetGroup: 'Jugendliche' });
    expect(readProposals(doc, workshop)[0]).toMatchObject({ text: 'Dann so', targetGroup: 'Jugendliche' });
    expect(conceptErrorOf(() => editOwnProposal(doc, id, BEN, { text: 'Fremd' })).code).toBe(
      'not-own-proposal',
    );
    updateWorkshop(doc, workshop, { phase: 'vote' });
    expect(conceptErrorOf(() => editOwnProposal(doc, id, ANNA, { text: 'Später' })).code).toBe(
      'workshop-not-collecting',
    );
    expect(readProposals(doc, workshop)[0]?.text).toBe('Dann so');
  });
});

describe('setParticipantVotes', () => {
  function voting(stackDots: boolean) {
    const { doc, workshop } = collecting();
    updateWorkshop(doc, workshop, { dotsPerParticipant: 3, stackDots });
    const a = submitProposal(doc, workshop, ANNA, { submissionId: 'send-0001', text: 'A' }).id;
    const b = submitProposal(doc, workshop, BEN, { submissionId: 'send-0002', text: 'B' }).id;
    updateWorkshop(doc, workshop, { phase: 'vote' });
    return { doc, workshop, a, b };
  }

  it('replaces a participant’s dots as a whole and counts them', () => {
    const { doc, workshop, a, b } = voting(true);
    setParticipantVotes(doc, workshop, ANNA, { [a]: 2, [b]: 1 });
    setParticipantVotes(doc, workshop, ANNA, { [b]: 3 });
    setParticipantVotes(doc, workshop, BEN, { [b]: 1 });
    const projection = workshopProjection(doc, workshop, ANNA);
    expect(projection.proposals.map((p) => [p.text, p.dots])).toEqual([
      ['A', 0],
      ['B', 4],
    ]);
    expect(projection.myVotes).toEqual({ [b]: 3 });
    expect(projection.dotsLeft).toBe(0);
  });

  it('refuses more dots than allowed, stacked dots when stacking is off, and votes outside the vote phase', () => {
    const { doc, workshop, a, b } = voting(false);
    expect(conceptErrorOf(() => setParticipantVotes(doc, workshop, ANNA, { [a]: 2 })).code).toBe(
      'no-stacking',
    );
    setParticipantVotes(doc, workshop, ANNA, { [a]: 1, [b]: 1 });
    updateWorkshop(doc, workshop, { stackDots: true });
    expect(conceptErrorOf(() => setParticipantVotes(doc, workshop, ANNA, { [a]: 3, [b]: 1 })).code).toBe(
      'no-dots-left',
    );
    expect(conceptErrorOf(() => setParticipantVotes(doc, workshop, ANNA, { unknown: 1 })).code).toBe(
      'proposal-not-votable',
    );
    updateWorkshop(doc, workshop, { phase: 'closed' });
    expect(conceptErrorOf(() => setParticipantVotes(doc, workshop, ANNA, {})).code).toBe('not-voting');
    expect(workshopProjection(doc, workshop, ANNA).myVotes).toEqual({ [a]: 1, [b]: 1 });
  });
});

describe('what the review of the workshop change found', () => {
  it('sends a changed text back to the moderation where proposals are released first', () => {
    const { doc, workshop } = collecting('moderated');
    const { id } = submitProposal(doc, workshop, ANNA, { submissionId: 'send-0001', text: 'Harmlos' });
    releaseProposal(doc, id);
    editOwnProposal(doc, id, ANNA, { targetGroup: 'Vereine' });
    expect(readProposals(doc, workshop)[0]?.moderation).toBe('visible');
    editOwnProposal(doc, id, ANNA, { text: 'Ganz anders' });
    expect(readProposals(doc, workshop)[0]?.moderation).toBe('pending');
    expect(workshopProjection(doc, workshop, BEN).proposals).toEqual([]);
  });

  it('lets people vote for a proposal whose merge target was deleted, as it is shown again', () => {
    const { doc, workshop } = collecting();
    const a = submitProposal(doc, workshop, ANNA, { submissionId: 'send-0001', text: 'A' }).id;
    const b = submitProposal(doc, workshop, BEN, { submissionId: 'send-0002', text: 'B' }).id;
    mergeProposals(doc, a, [b]);
    deleteProposal(doc, a);
    updateWorkshop(doc, workshop, { phase: 'vote' });
    setParticipantVotes(doc, workshop, ANNA, { [b]: 2 });
    expect(workshopProjection(doc, workshop, ANNA).proposals.map((p) => [p.text, p.dots])).toEqual([
      ['B', 2],
    ]);
  });

  it('refuses participant ids that plain objects treat specially', () => {
    const { doc, workshop } = collecting();
    for (const id of ['__proto__', 'constructor', 'prototype']) {
      expect(
        conceptErrorOf(() => submitProposal(doc, workshop, id, { submissionId: 'send-0001', text: 'x' }))
          .code,
      ).toBe('invalid-input');
    }
  });
});
