import type { RichTextDoc, RichTextNode } from '../json/richTextSchema.ts';

type Inline = RichTextNode | string;
type Mark = NonNullable<RichTextNode['marks']>[number];

function inline(content: Inline[]): RichTextNode[] {
  return content.map((c) => (typeof c === 'string' ? { type: 'text', text: c } : c));
}

function marked(text: string, ...marks: Mark[]): RichTextNode {
  return { type: 'text', text, marks };
}

/** Terse builders for ProseMirror JSON in the concept schema, for sample data and tests. */
export const rt = {
  doc: (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content }),
  p: (...content: Inline[]): RichTextNode => ({ type: 'paragraph', content: inline(content) }),
  h: (level: 1 | 2 | 3 | 4, text: string): RichTextNode => ({
    type: 'heading',
    attrs: { level },
    content: [{ type: 'text', text }],
  }),
  bold: (text: string) => marked(text, { type: 'bold' }),
  italic: (text: string) => marked(text, { type: 'italic' }),
  underline: (text: string) => marked(text, { type: 'underline' }),
  strike: (text: string) => marked(text, { type: 'strike' }),
  boldItalic: (text: string) => marked(text, { type: 'bold' }, { type: 'italic' }),
  link: (text: string, href: string) => marked(text, { type: 'link', attrs: { href } }),
  br: (): RichTextNode => ({ type: 'hardBreak' }),
  hr: (): RichTextNode => ({ type: 'horizontalRule' }),
  li: (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content }),
  ul: (...items: (RichTextNode | string)[]): RichTextNode => ({
    type: 'bulletList',
    content: items.map(item),
  }),
  ol: (start: number, ...items: (RichTextNode | string)[]): RichTextNode => ({
    type: 'orderedList',
    attrs: { start },
    content: items.map(item),
  }),
  quote: (...content: RichTextNode[]): RichTextNode => ({ type: 'blockquote', content }),
  table: (...rows: RichTextNode[]): RichTextNode => ({ type: 'table', content: rows }),
  tr: (...cells: RichTextNode[]): RichTextNode => ({ type: 'tableRow', content: cells }),
  th: (text: string, colspan = 1, rowspan = 1): RichTextNode => cell('tableHeader', text, colspan, rowspan),
  td: (text: string, colspan = 1, rowspan = 1): RichTextNode => cell('tableCell', text, colspan, rowspan),
};

function item(entry: RichTextNode | string): RichTextNode {
  return typeof entry === 'string' ? rt.li(rt.p(entry)) : entry;
}

function cell(type: string, text: string, colspan: number, rowspan: number): RichTextNode {
  return { type, attrs: { colspan, rowspan }, content: [{ type: 'paragraph', content: inline([text]) }] };
}
