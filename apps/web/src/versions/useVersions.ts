import { keys, readVersions, type VersionJSON } from '@werkbank/concept';
import { useConceptSnapshot } from '@werkbank/editor';
import type * as Y from 'yjs';

// The adopted mark is a register in meta, so meta counts too.
const scope = { keys: [keys.VERSIONS, keys.META] };

/** The saved versions as the server recorded them in the document, live, oldest first. */
export function useVersions(doc: Y.Doc): VersionJSON[] {
  return useConceptSnapshot(doc, readVersions, scope);
}
