import { persistenceName } from '../connection/persistenceName.ts';
import { forgetConcept } from './recentConcepts.ts';
import { clearUnsyncedEdits } from './unsyncedEdits.ts';

/** Removes a concept from this device: its entry with the token, and its copy in IndexedDB. */
export function forgetConceptOnDevice(conceptId: string): void {
  forgetConcept(conceptId);
  clearUnsyncedEdits(conceptId);
  // Loaded here, not up front: the start page needs Yjs only when someone forgets a concept.
  void import('y-indexeddb').then(({ clearDocument }) => clearDocument(persistenceName(conceptId)));
}
