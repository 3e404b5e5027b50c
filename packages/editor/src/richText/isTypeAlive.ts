import { isTrashed } from '@werkbank/concept';
import * as Y from 'yjs';

/**
 * Whether a Y type is part of a document and neither it nor any ancestor has been deleted — or moved to the
 * Papierkorb (an entity map marked deleted), where its text waits to be restored rather than edited.
 */
// biome-ignore lint/suspicious/noExplicitAny: Y types are invariant in their event type
export function isTypeAlive(type: Y.AbstractType<any>): boolean {
  if (!type.doc) return false;
  let item = type._item;
  while (item) {
    if (item.deleted) return false;
    const parent = item.parent as Y.AbstractType<unknown>;
    if (parent instanceof Y.Map && isTrashed(parent)) return false;
    item = parent._item;
  }
  return true;
}
