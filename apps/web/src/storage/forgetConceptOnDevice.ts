import { clearDocument } from 'y-indexeddb';
import { persistenceName } from '../connection/persistenceName.ts';
import { forgetConcept } from './recentConcepts.ts';

/** Removes a concept from this device: its entry with the token, and its copy in IndexedDB. */
export function forgetConceptOnDevice(conceptId: string): void {
  forgetConcept(conceptId);
  void clearDocument(persistenceName(conceptId));
}
