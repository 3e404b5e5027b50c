import { type ConceptMeta, keys, readMeta } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.META] };

/** The concept's meta data (title, territory, funding period, …), live. */
export function useMeta(doc: Y.Doc): ConceptMeta {
  return useConceptSnapshot(doc, readMeta, scope);
}
