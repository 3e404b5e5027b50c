import { findEntity, type keys } from '@werkbank/concept';
import { useCallback } from 'react';
import * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

/**
 * The rich-text fragment `field` of an entity, for binding a `RichTextEditor`; undefined when the entity or
 * the fragment does not exist (any more).
 * @example const fragment = useEntityFragment(doc, keys.MEASURES, measureId, 'description');
 */
export function useEntityFragment(
  doc: Y.Doc,
  collection: keys.CollectionKey,
  id: string,
  field: string,
): Y.XmlFragment | undefined {
  const read = useCallback(
    (d: Y.Doc) => {
      const value = findEntity(d, collection, id)?.get(field);
      return value instanceof Y.XmlFragment ? value : undefined;
    },
    [collection, id, field],
  );
  return useConceptSnapshot(doc, read, { keys: [collection] });
}
