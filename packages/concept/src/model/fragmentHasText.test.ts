import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { fragmentHasText } from './fragmentHasText.ts';
import { writeRichText } from './richText.ts';

function fragmentOf(json: RichTextDoc): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('body');
  writeRichText(fragment, json);
  return fragment;
}

describe('fragmentHasText', () => {
  it('counts visible text anywhere, also formatted or deep in a table', () => {
    const cell = (text: string) => ({
      type: 'tableCell',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    expect(
      fragmentHasText(
        fragmentOf({
          type: 'doc',
          content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell(' '), cell('Ziel')] }] }],
        }),
      ),
    ).toBe(true);
    expect(
      fragmentHasText(
        fragmentOf({
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'fett', marks: [{ type: 'bold' }] }] },
          ],
        }),
      ),
    ).toBe(true);
  });

  it('does not count nothing, empty paragraphs, whitespace or a lone rule', () => {
    expect(fragmentHasText(new Y.Doc().getXmlFragment('body'))).toBe(false);
    expect(
      fragmentHasText(
        fragmentOf({
          type: 'doc',
          content: [
            { type: 'paragraph' },
            { type: 'horizontalRule' },
            { type: 'paragraph', content: [{ type: 'text', text: ' \u00a0 ', marks: [{ type: 'bold' }] }] },
          ],
        }),
      ),
    ).toBe(false);
  });
});
