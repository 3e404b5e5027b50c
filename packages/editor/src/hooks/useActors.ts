import { type ActorJSON, keys, readActors } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.ACTORS] };

/** Actors (Akteure) in order, live. */
export function useActors(doc: Y.Doc): ActorJSON[] {
  return useConceptSnapshot(doc, readActors, scope);
}
