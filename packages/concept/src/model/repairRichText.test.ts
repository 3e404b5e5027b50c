import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { rt } from '../sample/rt.ts';
import { readRichText, richTextNode, writeRichText } from './richText.ts';

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: object = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

/** Reads a fragment holding `children`, checks the result imports and reads back equal, and returns it. */
function repaired(...children: unknown[]) {
  const fragment = new Y.Doc().getXmlFragment('x');
  (fragment as unknown as Y.Array<unknown>).insert(0, children);
  const told = vi.fn();
  const json = readRichText(fragment, told);
  expect(told).toHaveBeenCalledOnce();
  expect(() => richTextNode(json)).not.toThrow();
  const copy = new Y.Doc().getXmlFragment('y');
  writeRichText(copy, json);
  expect(readRichText(copy)).toEqual(json);
  return json;
}

describe('rich text written past the editor', () => {
  it('wraps a paragraph directly inside a bullet list into a list item', () => {
    const json = repaired(
      element('bulletList', [
        element('listItem', [element('paragraph', [new Y.XmlText('eins')])]),
        element('paragraph', [new Y.XmlText('zwei')]),
      ]),
    );
    expect(json).toEqual(rt.doc(rt.ul('eins', 'zwei')));
  });

  it('lets unknown nodes give way to their text and drops unknown marks and attributes', () => {
    const text = new Y.XmlText();
    text.insert(0, 'fett', { bold: {}, glow: { color: 'red' } });
    const json = repaired(
      element('script', [element('paragraph', [text])]),
      element('heading', [new Y.XmlText('Titel')], { level: null, id: 'x' }),
      element('paragraph', [element('image', [new Y.XmlText('Bildtext')])]),
    );
    const bold = { type: 'text', text: 'fett', marks: [{ type: 'bold', attrs: {} }] };
    expect(json).toEqual(rt.doc(rt.p(bold), rt.h(1, 'Titel'), rt.p('Bildtext')));
  });

  it('puts text standing directly in the document into one paragraph with its line breaks', () => {
    const json = repaired(new Y.XmlText('vor'), element('hardBreak', []), new Y.XmlText('nach'));
    expect(json).toEqual(rt.doc(rt.p('vor', rt.br(), 'nach')));
  });

  it('gives a link stored without its attributes its defaults, and skips what is not XML', () => {
    const text = new Y.XmlText();
    text.insert(0, 'Seite', { link: { href: 'https://example.org' } });
    const json = repaired(42, element('paragraph', [text]), new Y.Map());
    expect(json.content?.[0]?.content?.[0]?.marks).toEqual([
      {
        type: 'link',
        attrs: {
          href: 'https://example.org',
          target: '_blank',
          rel: 'noopener noreferrer nofollow',
          class: null,
          title: null,
        },
      },
    ]);
  });

  it('cuts a text node over Concept JSON’s limit', () => {
    const json = repaired(element('paragraph', [new Y.XmlText('a'.repeat(100_005))]));
    expect(json.content?.[0]?.content?.[0]?.text).toHaveLength(100_000);
  });

  it('reads one empty paragraph when nothing usable is left', () => {
    expect(repaired('lose', 7)).toEqual(rt.doc({ type: 'paragraph' }));
  });
});
