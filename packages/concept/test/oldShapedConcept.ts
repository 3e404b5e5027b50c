import * as Y from 'yjs';
import { addProposal, addWorkshop, collection, keys } from '../src/index.ts';
import { type BuiltConcept, buildConcept } from './factories.ts';

const NEW_WORKSHOP_FIELDS = ['place', 'online', 'stackDots', 'release'];
const NEW_PROPOSAL_FIELDS = [
  'participantId',
  'submissionId',
  'targetGroup',
  'mergedInto',
  'outcome',
  'outcomeReason',
];

const OLD_STRING_FIELDS = {
  [keys.CHAPTERS]: ['title'],
  [keys.FIELDS_OF_ACTION]: ['title', 'description'],
  [keys.GOALS]: ['title', 'focusPeriod'],
  [keys.MEASURES]: ['code', 'title', 'lead', 'recurrence', 'funding'],
  [keys.ACTORS]: ['name', 'notes'],
  [keys.PHENOMENA]: ['title', 'description'],
};

/** The single euro figure the old concept's first measure (Fortbildung) holds. */
export const OLD_COSTS = 2500;

/**
 * A concept as stored before schema versions: no version in `meta`, and a workshop with two proposals that lack
 * the fields added for live participation, short text fields as plain strings, and a single `costs` figure
 * per measure instead of cost lines. Written in one update, as a server would have stored it.
 */
export function oldShapedConcept(): {
  doc: Y.Doc;
  workshop: string;
  proposals: [string, string];
  measures: BuiltConcept['measures'];
} {
  const { doc, measures } = buildConcept();
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
    // One euro figure per measure before cost lines (version 5): 2500 on the first, none on the second.
    collection(doc, keys.MEASURES).forEach((measure, id) => {
      measure.delete('costLines');
      measure.set('costs', id === measures.fortbildung ? OLD_COSTS : null);
    });
    // Short text fields were plain strings before they became shared text (version 3).
    for (const [key, fields] of Object.entries(OLD_STRING_FIELDS)) {
      for (const entity of collection(doc, key as keys.CollectionKey).values()) {
        for (const field of fields) {
          const value = entity.get(field);
          if (value instanceof Y.Text) entity.set(field, value.toString());
        }
      }
    }
  });
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  return { doc: fresh, workshop, proposals: [first, second], measures };
}
