import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, replicaOf, syncDocs } from '../../test/factories.ts';
import { deleteFieldOfAction } from '../verbs/fieldOfActionVerbs.ts';
import { hideProposal } from '../verbs/moderationVerbs.ts';
import { addProposal, updateProposal } from '../verbs/proposalVerbs.ts';
import { setParticipantVotes } from '../verbs/setParticipantVotes.ts';
import { addWorkshop, updateWorkshop } from '../verbs/workshopVerbs.ts';
import { readProposals } from './readers.ts';

describe('readProposals, remembered between reads', () => {
  it('sees every change to a proposal, its votes, and the entities it points to', () => {
    const { doc, fields } = buildConcept();
    const workshop = addWorkshop(doc, { title: 'World Café', phase: 'vote' });
    const id = addProposal(doc, workshop, { text: 'Erst', fieldId: fields.sport });
    const first = readProposals(doc, workshop)[0];
    expect(readProposals(doc, workshop)[0]).toEqual(first);
    updateProposal(doc, id, { text: 'Dann' });
    setParticipantVotes(doc, workshop, 'participant-one', { [id]: 2 });
    expect(readProposals(doc, workshop)[0]).toMatchObject({ text: 'Dann', votes: { 'participant-one': 2 } });
    deleteFieldOfAction(doc, fields.sport);
    expect(readProposals(doc, workshop)[0]?.fieldId).toBeNull();
    doc.transact(() => {
      hideProposal(doc, id);
      expect(readProposals(doc, workshop)[0]?.moderation).toBe('hidden');
    });
    expect(readProposals(doc, workshop)[0]?.moderation).toBe('hidden');
    expect(Object.isFrozen(readProposals(doc, workshop)[0]?.votes)).toBe(true);
  });

  it('sees changes that arrive from another replica', () => {
    const { doc } = buildConcept();
    const workshop = addWorkshop(doc, { title: 'World Café' });
    const id = addProposal(doc, workshop, { text: 'Erst' });
    const other = replicaOf(doc);
    expect(readProposals(doc, workshop)[0]?.text).toBe('Erst');
    updateProposal(other, id, { text: 'Von drüben' });
    updateWorkshop(other, workshop, { dotsPerParticipant: 3 });
    syncDocs(doc, other);
    expect(readProposals(doc, workshop)[0]?.text).toBe('Von drüben');
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    expect(readProposals(fresh, workshop)).toEqual(readProposals(doc, workshop));
  });
});
