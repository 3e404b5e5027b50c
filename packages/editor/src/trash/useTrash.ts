import type { keys } from '@werkbank/concept';
import { readTrash, TRASHABLE, type TrashEntry, trashEntryOf } from '@werkbank/concept';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useConceptSnapshot } from '../hooks/useConceptSnapshot.ts';

const scope = { keys: [...TRASHABLE] };

/** Everything in the Papierkorb, the most recently deleted first, live. */
export function useTrash(doc: Y.Doc): TrashEntry[] {
  return useConceptSnapshot(doc, readTrash, scope);
}

/** The Papierkorb entry of one element (null while it is live or once it is gone for good), live. */
export function useTrashEntry(doc: Y.Doc, collection: keys.CollectionKey, id: string): TrashEntry | null {
  const read = useCallback((d: Y.Doc) => trashEntryOf(d, collection, id), [collection, id]);
  return useConceptSnapshot(doc, read, { keys: [collection] });
}
