import * as Y from 'yjs';

/** The text of a rich-text fragment, one line per block, without formatting or attributes. */
export function fragmentText(fragment: Y.XmlFragment): string {
  const parts: string[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert?: unknown }[])
        if (typeof op.insert === 'string') parts.push(op.insert);
    } else if (child instanceof Y.XmlElement) {
      parts.push(fragmentText(child), '\n');
    }
  }
  return parts.join('');
}
