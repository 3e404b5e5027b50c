import { type MarkSpec, type NodeSpec, Schema } from '@tiptap/pm/model';

// The schema every rich-text body is checked against, written out with ProseMirror's model alone. The editor
// builds the same schema from `conceptExtensions()` through Tiptap; building it from there here too would bring
// all of Tiptap's extension code (tables, links, lists, their plugins) into every reader, and with it into every
// view of the web app and the server's sync path. `conceptSchema.test.ts` holds the two equal, node for node and
// mark for mark, so a Tiptap upgrade that changes its schema fails there instead of drifting apart.

const cellAttrs = {
  colspan: { default: 1 },
  rowspan: { default: 1 },
  colwidth: { default: null },
  align: { default: null },
};

/** Node specs in Tiptap's order (the order decides which type `createAndFill` picks for a content expression). */
const nodes: [string, NodeSpec][] = [
  ['paragraph', { content: 'inline*', group: 'block' }],
  ['blockquote', { content: 'block+', group: 'block', defining: true }],
  ['bulletList', { content: 'listItem+', group: 'block list' }],
  ['doc', { content: 'block+' }],
  ['hardBreak', { group: 'inline', inline: true, selectable: false, linebreakReplacement: true }],
  ['heading', { content: 'inline*', group: 'block', defining: true, attrs: { level: { default: 1 } } }],
  ['horizontalRule', { group: 'block' }],
  ['listItem', { content: 'paragraph block*', defining: true }],
  [
    'orderedList',
    { content: 'listItem+', group: 'block list', attrs: { start: { default: 1 }, type: { default: null } } },
  ],
  ['text', { group: 'inline' }],
  ['table', { tableRole: 'table', content: 'tableRow+', group: 'block', isolating: true }],
  ['tableCell', { tableRole: 'cell', content: 'block+', isolating: true, attrs: cellAttrs }],
  ['tableHeader', { tableRole: 'header_cell', content: 'block+', isolating: true, attrs: cellAttrs }],
  ['tableRow', { tableRole: 'row', content: '(tableCell | tableHeader)*' }],
];

const marks: [string, MarkSpec][] = [
  [
    'link',
    {
      inclusive: true,
      attrs: {
        href: { default: null },
        target: { default: '_blank' },
        rel: { default: 'noopener noreferrer nofollow' },
        class: { default: null },
        title: { default: null },
      },
    },
  ],
  ['bold', {}],
  ['italic', {}],
  ['strike', {}],
  ['underline', {}],
];

let cached: Schema | undefined;

/** The ProseMirror schema of every rich-text body (the same as the editor's, see above). */
export function conceptSchema(): Schema {
  cached ??= new Schema({
    nodes: Object.fromEntries(nodes),
    marks: Object.fromEntries(marks),
    topNode: 'doc',
  });
  return cached;
}
