import type { ConceptJSON } from '@werkbank/concept';

/** A concept ready to store: its first snapshot, and the frozen Concept JSON of the versions that have one. */
export interface BuiltConcept {
  snapshot: Uint8Array;
  frozen: { id: string; name: string; createdAt: string; json: ConceptJSON }[];
}
