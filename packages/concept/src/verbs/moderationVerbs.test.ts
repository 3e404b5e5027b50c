import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, conceptErrorOf } from '../../test/factories.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { readMeasures, readProposals } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { collection } from '../model/entityStore.ts';
import { PROPOSALS, WORKSHOPS } from '../model/keys.ts';
import { workshopProjection } from '../queries/workshopProjection.ts';
import { workshopStats } from '../queries/workshopStats.ts';
import { answerProposal, hideProposal, mergeProposals, releaseProposal } from './moderationVerbs.ts';
import { promoteProposal } from './proposalVerbs.ts';
import { setParticipantVotes } from './setParticipantVotes.ts';
import { submitProposal } from './submitProposal.ts';
import { addWorkshop, updateWorkshop } from './workshopVerbs.ts';

const ANNA = 'participant-anna-01';
const BEN = 'participant-ben-002';
const XSS = '<img src=x onerror=alert(1)>';

function workshopWithProposals() {
  const built = buildConcept();
  const { doc, fields } = built;
  const workshop = addWorkshop(doc, { title: 'World Café', release: 'moderated', dotsPerParticipant: 4 });
  const send = (who: string, n: number, text: string, extra = {}) =>
    submitProposal(doc, workshop, who, { submissionId: `send-000${n}`, text, author: `Name ${n}`, ...extra })
      .id;
  const cafe = send(ANNA, 1, 'Sprachcafé', { fieldId: fields.kultur, targetGroup: 'Geflüchtete' });
  const cafe2 = send(BEN, 2, 'Ein Café zum Deutschlernen');
  const abuse = send(BEN, 3, XSS);
  const waiting = send(ANNA, 4, 'Noch nicht freigegeben');
  for (const id of [cafe, cafe2, abuse]) releaseProposal(doc, id);
  return { ...built, workshop, cafe, cafe2, abuse, waiting };
}

describe('moderation', () => {
  it('shows the public only released, unhidden proposals, without names or participant ids', () => {
    const { doc, workshop, cafe, cafe2, abuse, waiting } = workshopWithProposals();
    hideProposal(doc, abuse);
    const wall = workshopProjection(doc, workshop);
    expect(wall.proposals.map((p) => p.id)).toEqual([cafe, cafe2]);
    const text = JSON.stringify(wall);
    for (const secret of [XSS, 'Name 1', ANNA, BEN, 'Noch nicht']) expect(text).not.toContain(secret);
    const anna = workshopProjection(doc, workshop, ANNA);
    expect(anna.proposals.find((p) => p.id === waiting)).toMatchObject({ own: true, pending: true });
    expect(workshopProjection(doc, workshop, BEN).proposals.map((p) => p.id)).toEqual([cafe, cafe2]);
  });

  it('merges duplicates: votes add up, texts stay, the duplicate leaves the wall', () => {
    const { doc, workshop, cafe, cafe2 } = workshopWithProposals();
    updateWorkshop(doc, workshop, { phase: 'vote' });
    setParticipantVotes(doc, workshop, ANNA, { [cafe]: 1, [cafe2]: 2 });
    setParticipantVotes(doc, workshop, BEN, { [cafe2]: 3 });
    mergeProposals(doc, cafe, [cafe2]);
    const [merged] = workshopProjection(doc, workshop).proposals;
    expect(merged).toMatchObject({ id: cafe, dots: 6, mergedTexts: ['Ein Café zum Deutschlernen'] });
    expect(workshopProjection(doc, workshop).proposals.map((p) => p.id)).not.toContain(cafe2);
    expect(readProposals(doc, workshop).find((p) => p.id === cafe2)).toMatchObject({
      text: 'Ein Café zum Deutschlernen',
      mergedInto: cafe,
    });
    expect(conceptErrorOf(() => mergeProposals(doc, cafe2, [cafe])).code).toBe('merged');
  });

  it('promotes a proposal to a measure pre-filled from it, and answers the others', () => {
    const { doc, workshop, cafe, cafe2, abuse, waiting, fields } = workshopWithProposals();
    const measureId = promoteProposal(doc, cafe);
    const measure = readMeasures(doc).find((m) => m.id === measureId);
    expect(measure).toMatchObject({
      title: 'Sprachcafé',
      primaryFieldId: fields.kultur,
      targetGroups: ['Geflüchtete'],
      status: 'proposed',
      originWorkshopId: workshop,
      originProposalId: cafe,
    });
    answerProposal(doc, cafe2, { outcome: 'incorporated', measureId, reason: 'Gleiches Anliegen' });
    answerProposal(doc, abuse, { outcome: 'rejected', reason: 'Nicht im Auftrag' });
    expect(conceptErrorOf(() => answerProposal(doc, waiting, { outcome: 'incorporated' })).code).toBe(
      'measure-missing',
    );
    const shown = workshopProjection(doc, workshop).proposals;
    expect(shown.map((p) => [p.outcome, p.measureCode, p.outcomeReason])).toEqual([
      ['promoted', measure?.code, ''],
      ['incorporated', measure?.code, 'Gleiches Anliegen'],
      ['rejected', null, 'Nicht im Auftrag'],
    ]);
  });

  it('counts distinct participants and released proposals', () => {
    const { doc, workshop, abuse } = workshopWithProposals();
    hideProposal(doc, abuse);
    expect(workshopStats(readProposals(doc, workshop))).toEqual({
      participants: 2,
      proposals: 2,
      pending: 1,
      hidden: 1,
      dots: 0,
    });
  });
});

describe('workshops stored before live participation', () => {
  it('read with defaults, export to Concept JSON and import again', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const workshop = new Y.Map<unknown>();
      collection(doc, WORKSHOPS).set('w-old', workshop);
      for (const [k, v] of Object.entries({
        id: 'w-old',
        order: 'a0',
        title: 'Alt',
        date: '',
        format: '',
        phase: 'closed',
        dotsPerParticipant: 3,
      }))
        workshop.set(k, v);
      const proposal = new Y.Map<unknown>();
      collection(doc, PROPOSALS).set('p-old', proposal);
      const old = {
        id: 'p-old',
        order: 'a0',
        workshopId: 'w-old',
        text: 'Alt',
        fieldId: null,
        author: 'Tulpe',
        createdAt: '2024-01-01T00:00:00Z',
        moderation: 'visible',
        measureId: null,
      };
      for (const [k, v] of Object.entries(old)) proposal.set(k, v);
    });
    const json = toJSON(doc);
    expect(json.workshops[0]).toMatchObject({
      place: '',
      online: false,
      stackDots: true,
      release: 'immediate',
    });
    expect(json.workshops[0]?.proposals[0]).toMatchObject({
      participantId: '',
      mergedInto: null,
      outcome: null,
    });
    const {
      workshops: [w, ...rest],
      ...others
    } = json;
    const {
      place: _p,
      online: _o,
      stackDots: _s,
      release: _r,
      proposals,
      ...oldWorkshop
    } = w as NonNullable<typeof w>;
    const oldProposals = proposals.map(
      ({ participantId, submissionId, targetGroup, mergedInto, outcome, outcomeReason, ...p }) => p,
    );
    const reimported = toJSON(
      fromJSON({ ...others, workshops: [{ ...oldWorkshop, proposals: oldProposals }, ...rest] }),
    );
    expect(reimported.workshops).toEqual(json.workshops);
  });
});
