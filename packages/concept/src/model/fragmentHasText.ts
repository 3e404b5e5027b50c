import * as Y from 'yjs';

/**
 * Whether a rich-text fragment holds visible text, read straight from Yjs without building a ProseMirror
 * document. Whitespace, empty paragraphs and a lone rule do not count (as in the Word export's notion of empty).
 */
export function fragmentHasText(node: Y.XmlFragment | Y.XmlElement): boolean {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      if (child.length > 0 && child.toDelta().some((op: { insert?: unknown }) => hasText(op.insert)))
        return true;
    } else if (child instanceof Y.XmlElement && fragmentHasText(child)) {
      return true;
    }
  }
  return false;
}

function hasText(insert: unknown): boolean {
  return typeof insert === 'string' && insert.trim() !== '';
}
