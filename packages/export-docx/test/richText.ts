import type { RichTextDoc, RichTextNode } from '@werkbank/concept';

type Inline = RichTextNode | string;

function inline(content: Inline[]): RichTextNode[] {
  return content.map((c) => (typeof c === 'string' ? { type: 'text', text: c } : c));
}

function marked(text: string, ...marks: NonNullable<RichTextNode['marks']>): RichTextNode {
  return { type: 'text', text, marks };
}

function item(entry: RichTextNode | string): RichTextNode {
  return typeof entry === 'string'
    ? { type: 'listItem', content: [{ type: 'paragraph', content: inline([entry]) }] }
    : entry;
}

function cell(type: string, text: string, colspan: number, rowspan: number): RichTextNode {
  return { type, attrs: { colspan, rowspan }, content: [{ type: 'paragraph', content: inline([text]) }] };
}

/** Builders for ProseMirror JSON of the concept schema in the exporter's tests. */
export const rt = {
  doc: (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content }),
  p: (...content: Inline[]): RichTextNode => ({ type: 'paragraph', content: inline(content) }),
  h: (level: 1 | 2 | 3 | 4, text: string): RichTextNode => ({
    type: 'heading',
    attrs: { level },
    content: inline([text]),
  }),
  bold: (text: string) => marked(text, { type: 'bold' }),
  italic: (text: string) => marked(text, { type: 'italic' }),
  underline: (text: string) => marked(text, { type: 'underline' }),
  strike: (text: string) => marked(text, { type: 'strike' }),
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
  th: (text: string, colspan = 1, rowspan = 1) => cell('tableHeader', text, colspan, rowspan),
  td: (text: string, colspan = 1, rowspan = 1) => cell('tableCell', text, colspan, rowspan),
};
