import type * as Y from 'yjs';
import { DOC_SCHEMA_VERSION, META } from '../model/keys.ts';

/** The document's schema version: 1 when none is stored (or what is stored is not a positive whole number). */
export function docSchemaVersion(doc: Y.Doc): number {
  const stored = doc.getMap<unknown>(META).get(DOC_SCHEMA_VERSION);
  return typeof stored === 'number' && Number.isSafeInteger(stored) && stored >= 1 ? stored : 1;
}
