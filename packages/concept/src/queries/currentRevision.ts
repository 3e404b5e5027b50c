import type * as Y from 'yjs';
import type { RevisionJSON } from '../json/conceptJsonSchema.ts';
import { readRevision } from '../json/readRevision.ts';
import { ADOPTED_VERSION_ID, META } from '../model/keys.ts';

/**
 * The revision under way: the one begun after the version that is still the adopted one; null when none was
 * begun or another version has been adopted since.
 */
export function currentRevision(doc: Y.Doc): RevisionJSON | null {
  const revision = readRevision(doc);
  const adopted = doc.getMap<unknown>(META).get(ADOPTED_VERSION_ID);
  return revision && revision.afterVersionId === adopted ? revision : null;
}
