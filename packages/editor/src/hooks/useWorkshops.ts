import { keys, readWorkshops, type WorkshopJSON } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.WORKSHOPS, keys.PROPOSALS, keys.FIELDS_OF_ACTION, keys.MEASURES] };

/** Workshops with their proposals, live (for a measure's origin). */
export function useWorkshops(doc: Y.Doc): WorkshopJSON[] {
  return useConceptSnapshot(doc, readWorkshops, scope);
}
