import { type FieldOfActionJSON, keys, readFieldsOfAction } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.FIELDS_OF_ACTION] };

/** Fields of action (Handlungsfelder) in order, live. */
export function useFieldsOfAction(doc: Y.Doc): FieldOfActionJSON[] {
  return useConceptSnapshot(doc, readFieldsOfAction, scope);
}
