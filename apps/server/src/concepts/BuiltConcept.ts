import type { ConceptJSON } from '@werkbank/concept';
import type { StoredSnapshot } from '../store/StoredSnapshot.ts';

/** A concept ready to store: its first snapshot, and the frozen Concept JSON of the versions that have one. */
export interface BuiltConcept {
  snapshot: StoredSnapshot;
  frozen: { id: string; name: string; createdAt: string; json: ConceptJSON }[];
}
