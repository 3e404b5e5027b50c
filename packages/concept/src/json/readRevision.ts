import type * as Y from 'yjs';
import { META, REVISION } from '../model/keys.ts';
import { type RevisionJSON, revisionSchema } from './conceptJsonSchema.ts';

/**
 * The revision (Fortschreibung) begun after an adoption, as stored, or null: none begun (documents from before
 * revisions existed have none) or a stored value that does not fit.
 */
export function readRevision(doc: Y.Doc): RevisionJSON | null {
  const parsed = revisionSchema.safeParse(doc.getMap<unknown>(META).get(REVISION));
  return parsed.success ? parsed.data : null;
}
