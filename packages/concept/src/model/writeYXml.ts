import type { Mark, Node } from '@tiptap/pm/model';
import * as Y from 'yjs';

// A ProseMirror node's content written into a Yjs XML fragment the way the editor's binding (y-tiptap) lays it
// out: an element per node named by its type with every attribute that is not null, one `Y.XmlText` per run of
// neighbouring text nodes with each mark as a formatting attribute named by the mark and holding its attributes.
// y-tiptap's `prosemirrorToYXmlFragment` does the same, but importing it brings its editor plugins and
// ProseMirror's view and state with it into every reader; `writeYXml.test.ts` holds both equal on every kind of
// node and mark. Only for an empty fragment (a new or cleared body): it inserts, it does not diff.

function markAttributes(marks: readonly Mark[]): Record<string, Record<string, unknown>> {
  const attributes: Record<string, Record<string, unknown>> = {};
  // The concept schema has no mark that may overlap itself, so one attribute per mark type is enough (y-tiptap
  // names overlapping marks by a hash of their JSON).
  for (const mark of marks) attributes[mark.type.name] = mark.attrs;
  return attributes;
}

function textType(run: Node[]): Y.XmlText {
  const text = new Y.XmlText();
  text.applyDelta(run.map((node) => ({ insert: node.text ?? '', attributes: markAttributes(node.marks) })));
  return text;
}

function elementType(node: Node): Y.XmlElement {
  const element = new Y.XmlElement(node.type.name);
  for (const [key, value] of Object.entries(node.attrs)) {
    if (value !== null) element.setAttribute(key, value as string);
  }
  element.insert(0, contentTypes(node));
  return element;
}

function contentTypes(node: Node): (Y.XmlElement | Y.XmlText)[] {
  const types: (Y.XmlElement | Y.XmlText)[] = [];
  let run: Node[] = [];
  node.forEach((child) => {
    if (child.isText) {
      run.push(child);
      return;
    }
    if (run.length > 0) types.push(textType(run));
    run = [];
    types.push(elementType(child));
  });
  if (run.length > 0) types.push(textType(run));
  return types;
}

/** Writes `node`'s content (not the node itself) into `fragment`, which must be empty. */
export function writeYXml(node: Node, fragment: Y.XmlFragment): void {
  if (fragment.length > 0) throw new Error('writeYXml writes into an empty fragment only');
  const types = contentTypes(node);
  if (fragment.doc) fragment.doc.transact(() => fragment.insert(0, types));
  else fragment.insert(0, types);
}
