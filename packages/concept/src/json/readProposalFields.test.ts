import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, replicaOf, syncDocs } from '../../test/factories.ts';
import { collection } from '../model/entityStore.ts';
import { PROPOSALS } from '../model/keys.ts';
import { deleteFieldOfAction } from '../verbs/fieldOfActionVerbs.ts';
import { hideProposal, releaseProposal } from '../verbs/moderationVerbs.ts';
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

  it('is fresh for an observer registered before the first read, as a snapshot hook is', () => {
    const { doc } = buildConcept();
    const workshop = addWorkshop(doc, { title: 'World Café', release: 'moderated' });
    const seen: string[] = [];
    collection(doc, PROPOSALS).observeDeep(() => {
      seen.push(
        readProposals(doc, workshop)
          .map((p) => `${p.text}:${p.moderation}`)
          .join(),
      );
    });
    const id = addProposal(doc, workshop, { text: 'Erst', moderation: 'pending' });
    releaseProposal(doc, id);
    updateProposal(doc, id, { text: 'Dann' });
    expect(seen).toEqual(['Erst:pending', 'Erst:visible', 'Dann:visible']);
  });

  it('sees a field of action again once it is back', () => {
    const { doc, fields } = buildConcept();
    const workshop = addWorkshop(doc, { title: 'World Café' });
    addProposal(doc, workshop, { text: 'Sport', fieldId: fields.sport });
    const field = collection(doc, 'fieldsOfAction').get(fields.sport);
    const snapshot = field?.toJSON();
    doc.transact(() => collection(doc, 'fieldsOfAction').delete(fields.sport));
    expect(readProposals(doc, workshop)[0]?.fieldId).toBeNull();
    doc.transact(() => {
      const back = new Y.Map<unknown>();
      collection(doc, 'fieldsOfAction').set(fields.sport, back);
      for (const [key, value] of Object.entries(snapshot ?? {})) back.set(key, value);
    });
    expect(readProposals(doc, workshop)[0]?.fieldId).toBe(fields.sport);
  });
});
