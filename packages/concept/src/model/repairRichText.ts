import { Fragment, type Mark, type Node, type NodeType, type Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { conceptSchema } from '../schema/conceptSchema.ts';
import { cutText } from './fieldRules.ts';
import { fitContent } from './fitContent.ts';
import { fittingRichText, MAX_TEXT_NODE } from './fittingRichText.ts';
import { isPlainJson } from './isPlainJson.ts';
import { writeYXml } from './writeYXml.ts';

const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

// Known attributes with usable values; the rest take their defaults.
function usableAttrs(specs: object, stored: unknown): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  if (typeof stored !== 'object' || stored === null) return attrs;
  for (const name of Object.keys(specs)) {
    const value = (stored as Record<string, unknown>)[name];
    if (value !== null && isPlainJson(value)) attrs[name] = value;
  }
  return attrs;
}

function marksOf(schema: Schema, attributes: Record<string, unknown> | undefined): readonly Mark[] {
  let marks: readonly Mark[] = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const type = schema.marks[HASHED_MARK.exec(key)?.[1] ?? key];
    if (!type) continue;
    try {
      marks = type.create(usableAttrs(type.spec.attrs ?? {}, value)).addToSet(marks);
    } catch {
      // A mark that needs an attribute it does not have is left out; its text stays.
    }
  }
  return marks;
}

/** The nodes that the Yjs children stand for, each valid on its own; `fitContent` fits them into a parent. */
function nodesOf(schema: Schema, children: unknown[]): Node[] {
  const nodes: Node[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert === 'string' && op.insert.length > 0)
          nodes.push(schema.text(cutText(op.insert, MAX_TEXT_NODE), marksOf(schema, op.attributes)));
      }
    } else if (child instanceof Y.XmlElement) {
      const inner = nodesOf(schema, child.toArray());
      const type = schema.nodes[child.nodeName];
      const node = type && !type.isText && type !== schema.topNodeType ? nodeOf(type, child, inner) : null;
      // An unknown or broken element gives way to its content.
      nodes.push(...(node ? [node] : inner));
    }
  }
  return nodes;
}

function nodeOf(type: NodeType, element: Y.XmlElement, inner: Node[]): Node | null {
  const content = fitContent(type, inner);
  if (!content) return null;
  try {
    return type.createChecked(usableAttrs(type.spec.attrs ?? {}, element.getAttributes()), content);
  } catch {
    return null;
  }
}

/**
 * A fragment that does not fit the concept schema, repaired to what it accepts, keeping the text: unknown
 * nodes give way to their content, stray content is wrapped (a paragraph in a list into a list item), unknown
 * marks and attributes are dropped, what is over Concept JSON's limits is cut. Read back through Yjs, so an
 * import of the result reads back the same JSON.
 */
export function repairRichText(fragment: Y.XmlFragment): RichTextDoc {
  const schema = conceptSchema();
  const content = fitContent(schema.topNodeType, nodesOf(schema, fragment.toArray())) ?? Fragment.empty;
  const doc = schema.topNodeType.createAndFill(null, content) ?? schema.topNodeType.createAndFill();
  const scratch = new Y.Doc().getXmlFragment('repaired');
  writeYXml(doc as Node, scratch);
  const repaired = fittingRichText(scratch);
  scratch.doc?.destroy();
  return repaired ?? { type: 'doc', content: [{ type: 'paragraph' }] };
}
