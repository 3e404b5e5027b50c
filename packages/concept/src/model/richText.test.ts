import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { emptyRichText, readRichText, richTextNode, richTextToPlain, writeRichText } from './richText.ts';

describe('rich text', () => {
  it('reads an empty fragment as one empty paragraph', () => {
    expect(readRichText(new Y.Doc().getXmlFragment('x'))).toEqual(emptyRichText());
  });

  it('writes and reads back, replacing earlier content', () => {
    const fragment = new Y.Doc().getXmlFragment('x');
    writeRichText(fragment, paragraphs('eins', 'zwei'));
    writeRichText(fragment, paragraphs('drei'));
    expect(readRichText(fragment)).toEqual(paragraphs('drei'));
  });

  it('refuses unknown nodes, unknown marks and invalid nesting before touching the fragment', () => {
    const fragment = new Y.Doc().getXmlFragment('x');
    writeRichText(fragment, paragraphs('bleibt'));
    for (const bad of [
      { type: 'doc', content: [{ type: 'youtube' }] },
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'glow' }] }] }],
      },
      { type: 'doc', content: [{ type: 'text', text: 'ohne Absatz' }] },
      { type: 'doc', content: [{ type: 'listItem', content: [] }] },
    ] as const) {
      expect(conceptErrorOf(() => writeRichText(fragment, bad as never, 'chapters.c.body'))).toMatchObject({
        code: 'invalid-rich-text',
        path: 'chapters.c.body',
      });
    }
    expect(readRichText(fragment)).toEqual(paragraphs('bleibt'));
    expect(() => richTextNode(paragraphs('gut'))).not.toThrow();
  });

  it('reads marks in schema order and joins text split by formatting, as ProseMirror would', () => {
    const fragment = new Y.Doc().getXmlFragment('x');
    writeRichText(fragment, paragraphs('Vielfalt stärken'));
    const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.format(0, 8, { italic: {} });
    text.format(0, 8, { bold: {} });
    text.format(9, 3, { bold: {} });
    text.format(9, 3, { bold: null });
    const json = readRichText(fragment);
    expect(json).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Vielfalt',
              marks: [
                { type: 'bold', attrs: {} },
                { type: 'italic', attrs: {} },
              ],
            },
            { type: 'text', text: ' stärken' },
          ],
        },
      ],
    });
    const copy = new Y.Doc().getXmlFragment('y');
    writeRichText(copy, json);
    expect(readRichText(copy)).toEqual(json);
  });

  it('turns rich text into plain text for search and checks', () => {
    expect(richTextToPlain(paragraphs('Alle  Menschen', 'achten einander.'))).toBe(
      'Alle Menschen achten einander.',
    );
    expect(richTextToPlain(emptyRichText())).toBe('');
  });
});
