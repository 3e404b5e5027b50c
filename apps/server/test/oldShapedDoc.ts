import { addProposal, addWorkshop, collection, keys, updateMeta } from '@werkbank/concept';
import * as Y from 'yjs';

/**
 * A concept as a server stored it before document schema versions: no version in `meta`, a workshop and a
 * proposal without the fields added for live participation.
 */
export function oldShapedDoc(): { update: Uint8Array; workshopId: string; proposalId: string } {
  const doc = new Y.Doc();
  updateMeta(doc, {
    title: 'Handlungskonzept von früher',
    territory: 'Kreis Musterland',
    territoryType: 'kreis',
  });
  const workshopId = addWorkshop(doc, { title: 'Demokratiekonferenz' });
  const proposalId = addProposal(doc, workshopId, { text: 'Beratung für Vereine' });
  doc.transact(() => {
    const workshop = collection(doc, keys.WORKSHOPS).get(workshopId);
    for (const field of ['place', 'online', 'stackDots', 'release']) workshop?.delete(field);
    const proposal = collection(doc, keys.PROPOSALS).get(proposalId);
    for (const field of [
      'participantId',
      'submissionId',
      'targetGroup',
      'mergedInto',
      'outcome',
      'outcomeReason',
    ])
      proposal?.delete(field);
    doc.getMap(keys.META).delete(keys.DOC_SCHEMA_VERSION);
  });
  return { update: Y.encodeStateAsUpdate(doc), workshopId, proposalId };
}
