import {
  type ChecklistInput,
  keys,
  readActors,
  readFieldsOfAction,
  readVersions,
  readWorkshops,
} from '@werkbank/concept';
import type * as Y from 'yjs';
import { readConceptSnapshot, useConceptSnapshot } from './useConceptSnapshot.ts';

/** The parts of a concept the checks read besides goals, measures and texts. */
export type CheckedParts = Required<
  Pick<ChecklistInput, 'actors' | 'fieldsOfAction' | 'workshops' | 'versions'>
>;

const scope = {
  keys: [keys.ACTORS, keys.FIELDS_OF_ACTION, keys.WORKSHOPS, keys.PROPOSALS, keys.VERSIONS, keys.META],
};

function readParts(doc: Y.Doc): CheckedParts {
  return {
    actors: readActors(doc),
    fieldsOfAction: readFieldsOfAction(doc),
    workshops: readWorkshops(doc),
    versions: readVersions(doc),
  };
}

/** Actors, fields of action, workshops with their proposals and versions, live (no rich text). */
export function useCheckedParts(doc: Y.Doc): CheckedParts {
  return useConceptSnapshot(doc, readParts, scope);
}

/** Reads now what `useCheckedParts` will return (see `readConceptSnapshot`); returns what lets it go. */
export function readCheckedPartsAhead(doc: Y.Doc): () => void {
  return readConceptSnapshot(doc, readParts, scope);
}
