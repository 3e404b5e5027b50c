import type { Node } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { RichTextDoc, RichTextNode } from '../json/richTextSchema.ts';
import { conceptSchema } from '../schema/conceptSchema.ts';
import { ConceptError } from './ConceptError.ts';

/** An empty rich-text body. */
export function emptyRichText(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Reads a rich-text fragment as ProseMirror JSON. */
export function readRichText(fragment: Y.XmlFragment): RichTextDoc {
  if (fragment.length === 0) return emptyRichText();
  return canonical(yXmlFragmentToProsemirrorJSON(fragment) as RichTextNode) as RichTextDoc;
}

// Yjs keeps formatting in the order it was applied and splits text wherever formatting once changed (concurrent
// edits do both); ProseMirror sorts marks by schema rank and joins equal neighbours. Do the same, so every
// replica and every round trip through fromJSON gives the same JSON.
function canonical(node: RichTextNode): RichTextNode {
  if (node.marks && node.marks.length > 1) {
    const rank = Object.keys(conceptSchema().marks);
    node.marks.sort((a, b) => rank.indexOf(a.type) - rank.indexOf(b.type));
  }
  if (node.content) {
    const joined: RichTextNode[] = [];
    for (const child of node.content.map(canonical)) {
      const last = joined[joined.length - 1];
      const sameMarks = JSON.stringify(last?.marks ?? []) === JSON.stringify(child.marks ?? []);
      if (last?.text !== undefined && child.text !== undefined && sameMarks) last.text += child.text;
      else joined.push(child);
    }
    node.content = joined;
  }
  return node;
}

/** `json` as a node of the concept schema; refuses unknown nodes or marks and invalid nesting. */
export function richTextNode(json: RichTextDoc, path = ''): Node {
  try {
    const node = conceptSchema().nodeFromJSON(json);
    node.check();
    return node;
  } catch (error) {
    throw new ConceptError('invalid-rich-text', `ungültiger Text (${(error as Error).message})`, path);
  }
}

/** Replaces a fragment's content with `json`, after checking it against the concept schema. */
export function writeRichText(fragment: Y.XmlFragment, json: RichTextDoc, path = ''): void {
  const node = richTextNode(json, path);
  if (fragment.length > 0) fragment.delete(0, fragment.length);
  prosemirrorToYXmlFragment(node, fragment);
}

/** Plain text of a rich-text body, for search, checks and previews. */
export function richTextToPlain(json: RichTextDoc): string {
  const parts: string[] = [];
  function walk(node: { text?: string; content?: unknown[] }): void {
    if (node.text) parts.push(node.text);
    for (const child of (node.content ?? []) as { text?: string; content?: unknown[] }[]) walk(child);
    if (node.content) parts.push(' ');
  }
  walk(json);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
