import * as Y from 'yjs';
import { addProposal, addWorkshop, collection, keys } from '../src/index.ts';
import { buildConcept } from './factories.ts';

const NEW_WORKSHOP_FIELDS = ['place', 'online', 'stackDots', 'release'];
const NEW_PROPOSAL_FIELDS = [
  'participantId',
  'submissionId',
  'targetGroup',
  'mergedInto',
  'outcome',
  'outcomeReason',
];

/**
 * A concept as stored before schema versions: no version in `meta`, and a workshop with two proposals that lack
 * the fields added for live participation. Written in one update, as a server would have stored it.
 */
export function oldShapedConcept(): { doc: Y.Doc; workshop: string; proposals: [string, string] } {
  const { doc } = buildConcept();
  const workshop = addWorkshop(doc, { title: 'Demokratiekonferenz', phase: 'vote' });
  const first = addProposal(doc, workshop, { text: 'Beratung für Vereine' });
  const second = addProposal(doc, workshop, { text: 'Mehr Sprachkurse' });
  doc.transact(() => {
    const stored = collection(doc, keys.WORKSHOPS).get(workshop);
    for (const field of NEW_WORKSHOP_FIELDS) stored?.delete(field);
    for (const id of [first, second]) {
      const proposal = collection(doc, keys.PROPOSALS).get(id);
      for (const field of NEW_PROPOSAL_FIELDS) proposal?.delete(field);
    }
    doc.getMap(keys.META).delete(keys.DOC_SCHEMA_VERSION);
  });
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  return { doc: fresh, workshop, proposals: [first, second] };
}
