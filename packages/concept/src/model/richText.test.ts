import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
// biome-ignore lint/style/noRestrictedImports: test/ lies inside this package
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

  it('turns rich text into plain text for search and checks', () => {
    expect(richTextToPlain(paragraphs('Alle  Menschen', 'achten einander.'))).toBe(
      'Alle Menschen achten einander.',
    );
    expect(richTextToPlain(emptyRichText())).toBe('');
  });
});
