import type * as Y from 'yjs';

/** Whether a Y type is part of a document and neither it nor any ancestor has been deleted. */
// biome-ignore lint/suspicious/noExplicitAny: Y types are invariant in their event type
export function isTypeAlive(type: Y.AbstractType<any>): boolean {
  if (!type.doc) return false;
  let item = type._item;
  while (item) {
    if (item.deleted) return false;
    item = (item.parent as { _item: Y.Item | null })._item;
  }
  return true;
}
