import type { Node } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { conceptSchema } from '../schema/conceptSchema.ts';
import { ConceptError } from './ConceptError.ts';
import { fittingRichText } from './fittingRichText.ts';
import { repairRichText } from './repairRichText.ts';
import { writeYXml } from './writeYXml.ts';

/** An empty rich-text body. */
export function emptyRichText(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/**
 * Reads a rich-text fragment as ProseMirror JSON that the concept schema accepts. Content it does not accept
 * (written past the editor by a raw client or an older build) is repaired, and `repaired` told so.
 */
export function readRichText(fragment: Y.XmlFragment, repaired?: () => void): RichTextDoc {
  if (fragment.length === 0) return emptyRichText();
  const fitting = fittingRichText(fragment);
  if (fitting) return fitting;
  repaired?.();
  return repairRichText(fragment);
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
  writeYXml(node, fragment);
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
