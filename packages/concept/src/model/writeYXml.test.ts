import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { conceptSchema } from '../schema/conceptSchema.ts';
import { writeYXml } from './writeYXml.ts';

/** Everything y-tiptap reads back from a fragment: element names, attributes, text with its formatting. */
function layout(type: Y.XmlFragment | Y.XmlElement | Y.XmlText): unknown {
  if (type instanceof Y.XmlText) return { text: type.toDelta() };
  const children = type.toArray().map((child) => layout(child as Y.XmlElement | Y.XmlText));
  if (type instanceof Y.XmlElement)
    return { name: type.nodeName, attributes: type.getAttributes(), children };
  return children;
}

function both(json: RichTextDoc) {
  const node = conceptSchema().nodeFromJSON(json);
  const ours = new Y.Doc().getXmlFragment('x');
  writeYXml(node, ours);
  const theirs = new Y.Doc().getXmlFragment('x');
  prosemirrorToYXmlFragment(node, theirs);
  return { ours: layout(ours), theirs: layout(theirs) };
}

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', ...(content.length ? { content } : {}) });
const cell = (type: string, attrs: Record<string, unknown>, ...content: unknown[]) => ({
  type,
  attrs,
  content,
});

const documents: Record<string, unknown> = {
  'an empty paragraph': { type: 'doc', content: [paragraph()] },
  'text runs with every mark, mixed and neighbouring': {
    type: 'doc',
    content: [
      paragraph(
        text('schlicht '),
        text('fett', [{ type: 'bold' }]),
        text(' fett und kursiv', [{ type: 'bold' }, { type: 'italic' }]),
        text(' durch', [{ type: 'strike' }]),
        text(' unter', [{ type: 'underline' }]),
        text('link', [{ type: 'link', attrs: { href: 'https://example.org', title: 'Beispiel' } }]),
        text(' fetter Link', [{ type: 'link', attrs: { href: 'https://example.org/b' } }, { type: 'bold' }]),
      ),
    ],
  },
  'headings of each level, a hard break between text runs and a rule': {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Eins')] },
      {
        type: 'heading',
        attrs: { level: 4 },
        content: [text('Vier'), { type: 'hardBreak' }, text('weiter')],
      },
      { type: 'horizontalRule' },
      paragraph(text('a'), { type: 'hardBreak' }, { type: 'hardBreak' }, text('b', [{ type: 'italic' }])),
    ],
  },
  'nested lists, an ordered list starting at 3 with a type, a quote': {
    type: 'doc',
    content: [
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              paragraph(text('oben')),
              {
                type: 'orderedList',
                attrs: { start: 3, type: 'a' },
                content: [{ type: 'listItem', content: [paragraph(text('innen'))] }],
              },
            ],
          },
        ],
      },
      { type: 'blockquote', content: [paragraph(text('Zitat'))] },
    ],
  },
  'a table with header cells, spans, widths and alignment': {
    type: 'doc',
    content: [
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              cell('tableHeader', { colspan: 2, colwidth: [120, 80] }, paragraph(text('Kopf'))),
              cell('tableHeader', { align: 'right' }, paragraph()),
            ],
          },
          {
            type: 'tableRow',
            content: [
              cell('tableCell', { rowspan: 1 }, paragraph(text('1', [{ type: 'bold' }]))),
              cell('tableCell', {}, paragraph(text('2')), paragraph(text('3'))),
              cell(
                'tableCell',
                {},
                { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph()] }] },
              ),
            ],
          },
        ],
      },
    ],
  },
};

describe('writeYXml', () => {
  for (const [name, json] of Object.entries(documents)) {
    it(`lays out ${name} as y-tiptap does`, () => {
      const { ours, theirs } = both(json as RichTextDoc);
      expect(ours).toEqual(theirs);
    });
  }

  it('refuses a fragment that already has content', () => {
    const fragment = new Y.Doc().getXmlFragment('x');
    writeYXml(conceptSchema().nodeFromJSON({ type: 'doc', content: [paragraph(text('a'))] }), fragment);
    expect(() =>
      writeYXml(conceptSchema().nodeFromJSON({ type: 'doc', content: [paragraph()] }), fragment),
    ).toThrow();
  });
});
