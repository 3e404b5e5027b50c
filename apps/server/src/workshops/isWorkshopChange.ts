import { collection, keys } from '@werkbank/concept';
import type * as Y from 'yjs';

// Any nesting of Y types; only `parent` is read.
type AnyType = { parent: AnyType | null };

/**
 * Whether a transaction can change what a workshop projection shows: anything inside workshops and proposals
 * (votes and guiding questions are nested types), but of fields of action and measures only their own keys
 * (a title, a code), so moderators typing in a measure's description do not wake every event stream.
 */
export function isWorkshopChange(doc: Y.Doc, transaction: Y.Transaction): boolean {
  const deep: unknown[] = [collection(doc, keys.WORKSHOPS), collection(doc, keys.PROPOSALS)];
  const shallow: unknown[] = [collection(doc, keys.FIELDS_OF_ACTION), collection(doc, keys.MEASURES)];
  for (const changed of transaction.changed.keys()) {
    if (shallow.includes(changed) || shallow.includes(changed.parent)) return true;
    for (let type: AnyType | null = changed as unknown as AnyType; type; type = type.parent) {
      if (deep.includes(type)) return true;
    }
  }
  return false;
}
