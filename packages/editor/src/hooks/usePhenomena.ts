import { keys, type PhenomenonJSON, readPhenomena } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.PHENOMENA] };

/** Phenomenon areas (Themenfelder: Antisemitismus, antimuslimischer Rassismus, …) in order, live. */
export function usePhenomena(doc: Y.Doc): PhenomenonJSON[] {
  return useConceptSnapshot(doc, readPhenomena, scope);
}
