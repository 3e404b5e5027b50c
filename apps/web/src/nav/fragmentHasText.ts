import * as Y from 'yjs';

/** Whether a rich-text fragment holds any text (without building a ProseMirror document for it). */
export function fragmentHasText(node: Y.XmlFragment | Y.XmlElement): boolean {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText ? child.length > 0 : fragmentHasText(child as Y.XmlElement)) return true;
  }
  return false;
}
