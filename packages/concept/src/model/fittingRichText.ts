import type { ContentMatch, MarkType, NodeType, Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import type { RichTextDoc, RichTextNode } from '../json/richTextSchema.ts';
import { conceptSchema } from '../schema/conceptSchema.ts';
import { fitsLength } from './fieldRules.ts';
import { isPlainJson } from './isPlainJson.ts';

/** Most characters of one text node and most children of one node that Concept JSON takes. */
export const MAX_TEXT_NODE = 100_000;
export const MAX_CHILDREN = 10_000;

type Mark = NonNullable<RichTextNode['marks']>[number];

// y-prosemirror stores a mark that may overlap itself under `name--hash`.
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

function markName(key: string): string {
  return HASHED_MARK.exec(key)?.[1] ?? key;
}

// A mark fits when it is known, allowed in its parent, and stores exactly its attributes, as ProseMirror writes
// them back.
function fittingMarks(schema: Schema, parent: NodeType, attributes: Record<string, unknown>): Mark[] | null {
  const marks: Mark[] = [];
  const types: MarkType[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const type = schema.marks[markName(key)];
    if (!type || !parent.allowsMarkType(type)) return null;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const attrs = value as Record<string, unknown>;
    const names = Object.keys(type.spec.attrs ?? {});
    if (Object.keys(attrs).length !== names.length) return null;
    for (const name of names) if (!(name in attrs) || !isPlainJson(attrs[name])) return null;
    for (const other of types) if (type.excludes(other) || other.excludes(type)) return null;
    types.push(type);
    marks.push({ type: type.name, attrs: { ...attrs } });
  }
  if (marks.length > 1) {
    const rank = Object.keys(schema.marks);
    marks.sort((a, b) => rank.indexOf(a.type) - rank.indexOf(b.type));
  }
  return marks;
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((mark, i) => JSON.stringify(mark) === JSON.stringify(b[i]));
}

// Attributes fit when each is known and set (y-prosemirror leaves out nulls) and none with a non-null
// default is missing, so ProseMirror writes back exactly these.
function fittingAttrs(type: NodeType, attributes: Record<string, unknown>): boolean {
  const specs = type.spec.attrs ?? {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!(name in specs) || value === null || !isPlainJson(value)) return false;
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (!(name in attributes) && (!('default' in spec) || spec.default !== null)) return false;
  }
  return true;
}

function readContent(schema: Schema, parent: Y.XmlFragment, type: NodeType): RichTextNode[] | null {
  let match: ContentMatch | null = type.contentMatch;
  const content: RichTextNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== 'string') return null;
        const marks =
          op.attributes && Object.keys(op.attributes).length > 0
            ? fittingMarks(schema, type, op.attributes)
            : undefined;
        if (marks === null) return null;
        const last = content[content.length - 1];
        if (last?.text !== undefined && sameMarks(last.marks, marks)) {
          last.text += op.insert;
          continue;
        }
        match = match.matchType(schema.nodes.text as NodeType);
        if (!match) return null;
        content.push(marks ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
      }
    } else if (child instanceof Y.XmlElement) {
      const childType = schema.nodes[child.nodeName];
      if (!childType || childType.isText || childType === schema.topNodeType) return null;
      match = match.matchType(childType);
      if (!match) return null;
      const node = readElement(schema, child, childType);
      if (!node) return null;
      content.push(node);
    } else return null;
  }
  if (!match.validEnd || content.length > MAX_CHILDREN) return null;
  for (const node of content)
    if (node.text !== undefined && !fitsLength(node.text, MAX_TEXT_NODE)) return null;
  return content;
}

function readElement(schema: Schema, element: Y.XmlElement, type: NodeType): RichTextNode | null {
  const attrs = element.getAttributes() as Record<string, unknown>;
  if (!fittingAttrs(type, attrs)) return null;
  const content = readContent(schema, element, type);
  if (!content) return null;
  const node: RichTextNode = { type: type.name };
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  if (content.length > 0) node.content = content;
  return node;
}

/**
 * A fragment's rich text as Concept JSON, or null unless it already fits the concept schema exactly: known
 * nodes, marks and attributes, valid nesting, within Concept JSON's limits, and stored as ProseMirror would
 * write it back, so an import reads back the same JSON. Marks come sorted and equal neighbours joined, as
 * ProseMirror does (concurrent edits leave them in any order and split).
 */
export function fittingRichText(fragment: Y.XmlFragment): RichTextDoc | null {
  const schema = conceptSchema();
  const content = readContent(schema, fragment, schema.topNodeType);
  return content ? { type: 'doc', content } : null;
}
