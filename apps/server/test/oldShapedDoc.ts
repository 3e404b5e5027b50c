import {
  addGoal,
  addMeasure,
  addProposal,
  addWorkshop,
  collection,
  keys,
  updateMeta,
} from '@werkbank/concept';
import * as Y from 'yjs';

/** The euro figure the old concept's measure holds. */
export const OLD_COSTS = 12500;

/**
 * A concept as a server stored it before document schema versions: no version in `meta`, a workshop and a
 * proposal without the fields added for live participation, a measure with a single `costs` figure
 * (OLD_COSTS) instead of cost lines, and two goals (Leitziel and Mittlerziel) without stored level names.
 */
export function oldShapedDoc(): {
  update: Uint8Array;
  workshopId: string;
  proposalId: string;
  measureId: string;
} {
  const doc = new Y.Doc();
  updateMeta(doc, {
    title: 'Handlungskonzept von früher',
    territory: 'Kreis Musterland',
    territoryType: 'kreis',
  });
  const workshopId = addWorkshop(doc, { title: 'Demokratiekonferenz' });
  const proposalId = addProposal(doc, workshopId, { text: 'Beratung für Vereine' });
  const measureId = addMeasure(doc, { title: 'Fortbildung für Übungsleitungen' });
  const leitziel = addGoal(doc, { title: 'Alle erleben Anerkennung' });
  addGoal(doc, { title: 'Vereine handeln rassismuskritisch', parentId: leitziel });
  doc.transact(() => {
    const measure = collection(doc, keys.MEASURES).get(measureId);
    measure?.delete('costLines');
    measure?.set('costs', OLD_COSTS);
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
    // Goal level names were not the concept's before schema version 6.
    doc.getMap(keys.GOAL_LEVELS).clear();
  });
  return { update: Y.encodeStateAsUpdate(doc), workshopId, proposalId, measureId };
}
