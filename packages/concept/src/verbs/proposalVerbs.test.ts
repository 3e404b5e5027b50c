import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, buildVotingWorkshop, conceptErrorOf } from '../../test/factories.ts';
import { readMeasures, readProposals } from '../json/readers.ts';
import { deleteFieldOfAction } from './fieldOfActionVerbs.ts';
import { addMeasure, deleteMeasure } from './measureVerbs.ts';
import { addProposal, castVote, deleteProposal, promoteProposal, updateProposal } from './proposalVerbs.ts';
import { updateWorkshop } from './workshopVerbs.ts';

function votes(doc: Y.Doc, workshop: string): Record<string, number>[] {
  return readProposals(doc, workshop).map((p) => p.votes);
}

describe('addProposal / updateProposal / deleteProposal', () => {
  it('adds proposals at the end of their workshop, with a timestamp and no votes', () => {
    const doc = new Y.Doc();
    const { workshop, proposals } = buildVotingWorkshop(doc);
    const third = addProposal(doc, workshop, {
      text: 'Sprachcafé',
      author: 'Tulpe 7',
      createdAt: '2025-03-01T10:00:00Z',
    });
    const read = readProposals(doc, workshop);
    expect(read.map((p) => p.id)).toEqual([...proposals, third]);
    expect(read[2]).toEqual({
      id: third,
      text: 'Sprachcafé',
      fieldId: null,
      author: 'Tulpe 7',
      createdAt: '2025-03-01T10:00:00Z',
      moderation: 'visible',
      votes: {},
      measureId: null,
      participantId: '',
      submissionId: '',
      targetGroup: '',
      mergedInto: null,
      outcome: null,
      outcomeReason: '',
    });
    expect(Number.isNaN(Date.parse(read[0]?.createdAt ?? ''))).toBe(false);
  });

  it('moderates and deletes a proposal', () => {
    const doc = new Y.Doc();
    const { workshop, proposals } = buildVotingWorkshop(doc);
    updateProposal(doc, proposals[0], { moderation: 'hidden' });
    deleteProposal(doc, proposals[1]);
    expect(readProposals(doc, workshop).map((p) => [p.id, p.moderation])).toEqual([[proposals[0], 'hidden']]);
  });

  it('refuses an unknown workshop, empty text, an unknown field and an unknown proposal', () => {
    const doc = new Y.Doc();
    const { workshop, proposals } = buildVotingWorkshop(doc);
    expect(conceptErrorOf(() => addProposal(doc, 'x', { text: 'a' })).code).toBe('not-found');
    expect(conceptErrorOf(() => addProposal(doc, workshop, { text: '' }))).toMatchObject({
      code: 'invalid-input',
      path: 'proposals.text',
    });
    expect(conceptErrorOf(() => addProposal(doc, workshop, { text: 'a', fieldId: 'x' })).code).toBe(
      'invalid-reference',
    );
    expect(conceptErrorOf(() => updateProposal(doc, proposals[0], { votes: {} } as never)).code).toBe(
      'invalid-input',
    );
    expect(conceptErrorOf(() => deleteProposal(doc, 'x')).code).toBe('not-found');
  });
});

describe('castVote', () => {
  it('sets a participant’s dots on a proposal and removes them with 0', () => {
    const doc = new Y.Doc();
    const { workshop, proposals } = buildVotingWorkshop(doc, null, 5);
    castVote(doc, proposals[0], 'p1', 2);
    castVote(doc, proposals[1], 'p1', 3);
    castVote(doc, proposals[0], 'p2', 1);
    expect(votes(doc, workshop)).toEqual([{ p1: 2, p2: 1 }, { p1: 3 }]);
    castVote(doc, proposals[0], 'p1', 0);
    expect(votes(doc, workshop)).toEqual([{ p2: 1 }, { p1: 3 }]);
  });

  it('keeps each participant within the dot budget across the workshop', () => {
    const doc = new Y.Doc();
    const { workshop, proposals } = buildVotingWorkshop(doc, null, 3);
    castVote(doc, proposals[0], 'p1', 2);
    const error = conceptErrorOf(() => castVote(doc, proposals[1], 'p1', 2));
    expect(error).toMatchObject({ code: 'no-dots-left', path: `proposals.${proposals[1]}` });
    castVote(doc, proposals[1], 'p1', 1);
    castVote(doc, proposals[0], 'p1', 1);
    castVote(doc, proposals[1], 'p1', 2);
    expect(votes(doc, workshop)).toEqual([{ p1: 1 }, { p1: 2 }]);
    castVote(doc, proposals[0], 'p2', 3);
  });

  it('counts the budget per workshop, not across workshops', () => {
    const doc = new Y.Doc();
    const first = buildVotingWorkshop(doc, null, 2);
    const second = buildVotingWorkshop(doc, null, 2);
    castVote(doc, first.proposals[0], 'p1', 2);
    castVote(doc, second.proposals[0], 'p1', 2);
    expect(votes(doc, second.workshop)[0]).toEqual({ p1: 2 });
  });

  it('is refused unless the workshop is in the voting phase', () => {
    const doc = new Y.Doc();
    const { workshop, proposals } = buildVotingWorkshop(doc);
    for (const phase of ['collect', 'closed'] as const) {
      updateWorkshop(doc, workshop, { phase });
      expect(conceptErrorOf(() => castVote(doc, proposals[0], 'p1', 1)).code).toBe('not-voting');
    }
    expect(votes(doc, workshop)).toEqual([{}, {}]);
  });

  it('refuses invalid participants and dot counts', () => {
    const doc = new Y.Doc();
    const { proposals } = buildVotingWorkshop(doc);
    expect(conceptErrorOf(() => castVote(doc, proposals[0], '', 1)).path).toBe('proposals.votes');
    expect(conceptErrorOf(() => castVote(doc, proposals[0], 'p1', -1)).path).toBe('proposals.votes');
    expect(conceptErrorOf(() => castVote(doc, proposals[0], 'p1', 1.5)).code).toBe('invalid-input');
    expect(conceptErrorOf(() => castVote(doc, 'x', 'p1', 1)).code).toBe('not-found');
  });
});

describe('promoteProposal', () => {
  it('turns a proposal into a proposed measure with its origin and field, and links back', () => {
    const { doc, fields } = buildConcept();
    const { workshop, proposals } = buildVotingWorkshop(doc, fields.sport);
    const measureId = promoteProposal(doc, proposals[0]);
    const measure = readMeasures(doc).find((m) => m.id === measureId);
    expect(measure).toMatchObject({
      code: 'M-03',
      title: 'Fortbildung für Trainer*innen',
      primaryFieldId: fields.sport,
      status: 'proposed',
      originWorkshopId: workshop,
      originProposalId: proposals[0],
    });
    expect(readProposals(doc, workshop)[0]?.measureId).toBe(measureId);
  });

  it('is idempotent while the measure exists, and promotes again after it was deleted', () => {
    const doc = new Y.Doc();
    const { proposals } = buildVotingWorkshop(doc);
    const first = promoteProposal(doc, proposals[0]);
    expect(promoteProposal(doc, proposals[0])).toBe(first);
    deleteMeasure(doc, first);
    const second = promoteProposal(doc, proposals[0]);
    expect(second).not.toBe(first);
    expect(readMeasures(doc).map((m) => m.id)).toEqual([second]);
  });

  it('titles the measure with the first sentence, cut near 120 characters, and keeps the whole text', () => {
    const doc = new Y.Doc();
    const { workshop } = buildVotingWorkshop(doc);
    const long = addProposal(doc, workshop, { text: 'x'.repeat(500) });
    const longId = promoteProposal(doc, long);
    const longTitle = readMeasures(doc).find((m) => m.id === longId)?.title ?? '';
    expect(longTitle).toHaveLength(120);
    expect(longTitle.endsWith('…')).toBe(true);
    const text = 'Ein Sprachcafé im Stadtteil. Es soll wöchentlich stattfinden.\nMit Kinderbetreuung.';
    const measureId = promoteProposal(doc, addProposal(doc, workshop, { text }));
    const measure = readMeasures(doc, { richText: true }).find((m) => m.id === measureId);
    expect(measure?.title).toBe('Ein Sprachcafé im Stadtteil.');
    expect(measure?.description).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Ein Sprachcafé im Stadtteil. Es soll wöchentlich stattfinden.' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Mit Kinderbetreuung.' }] },
      ],
    });
  });

  it('leaves the field empty when the proposal’s field was deleted', () => {
    const { doc, fields } = buildConcept();
    const { proposals } = buildVotingWorkshop(doc, fields.kultur);
    deleteFieldOfAction(doc, fields.kultur);
    const measureId = promoteProposal(doc, proposals[0]);
    expect(readMeasures(doc).find((m) => m.id === measureId)?.primaryFieldId).toBeNull();
  });

  it('takes the next free code even when codes were set by hand', () => {
    const doc = new Y.Doc();
    addMeasure(doc, { code: 'M-10' });
    const { proposals } = buildVotingWorkshop(doc);
    const measureId = promoteProposal(doc, proposals[1]);
    expect(readMeasures(doc).find((m) => m.id === measureId)?.code).toBe('M-11');
  });

  it('refuses an unknown proposal', () => {
    expect(conceptErrorOf(() => promoteProposal(new Y.Doc(), 'x')).code).toBe('not-found');
  });
});
