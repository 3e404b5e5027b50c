import { CURRENT_DOC_SCHEMA_VERSION, docSchemaVersion } from '@werkbank/concept';
import type * as Y from 'yjs';

/** Whether `doc` was written by a newer Werkbank than this app: then this app must not write into it. */
export function isNewerSchema(doc: Y.Doc): boolean {
  return docSchemaVersion(doc) > CURRENT_DOC_SCHEMA_VERSION;
}
