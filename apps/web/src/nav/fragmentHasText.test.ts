import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fragmentHasText } from './fragmentHasText.ts';

describe('fragmentHasText', () => {
  it('is false for an empty fragment and empty paragraphs, true once a word is in', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('vision');
    expect(fragmentHasText(fragment)).toBe(false);
    const paragraph = new Y.XmlElement('paragraph');
    fragment.insert(0, [paragraph]);
    expect(fragmentHasText(fragment)).toBe(false);
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    expect(fragmentHasText(fragment)).toBe(false);
    text.insert(0, 'Offen');
    expect(fragmentHasText(fragment)).toBe(true);
  });
});
