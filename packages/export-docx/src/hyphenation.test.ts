import { sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, outermost, xmlText } from '../test/docxXml.ts';
import { conceptToDocx } from './conceptToDocx.ts';
import { textWidth } from './layout/textWidth.ts';

describe('hyphenation and the overview table', () => {
  it('turns German hyphenation on for the document, off by default for its paragraphs', async () => {
    const xml = docxXml(await conceptToDocx(sampleConcept()));
    expect(xml.settings).toMatch(/<w:autoHyphenation(?: w:val="true")?\/>/);
    expect(xml.styles).toMatch(/<w:pPrDefault><w:pPr><w:suppressAutoHyphens\/>/);
  });

  it('sizes the overview columns so every header word fits, and no cell word is cut without a soft hyphen', async () => {
    const concept = sampleConcept({ fields: 12, goals: 60, measures: 300 });
    const xml = docxXml(await conceptToDocx(concept));
    const overview = xml.tables.find((t) => xmlText(outermost(t, 'w:tr')[0] ?? '').startsWith('Nr.')) ?? '';
    const widths = [...overview.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const [header, ...rows] = outermost(overview, 'w:tr').map((row) => outermost(row, 'w:tc').map(xmlText));
    expect(header).toEqual([
      'Nr.',
      'Maßnahme',
      'Handlungsfeld',
      'Federführung',
      'Zeitraum',
      'Status',
      'Kosten €',
    ]);
    const room = (c: number) => (widths[c] ?? 0) - 216;
    header?.forEach((title, c) => {
      expect(textWidth(title, 18, true)).toBeLessThanOrEqual(room(c));
    });
    for (const row of rows) {
      row.forEach((cell, c) => {
        for (const word of cell.split(/\s+/)) {
          const pieces = word.split(/\u00AD|(?<=\p{L}-)(?=\p{L})/u);
          expect(
            pieces.every((p) => textWidth(p, 18, false) <= room(c)),
            `${word} in column ${c}`,
          ).toBe(true);
        }
      });
    }
  });

  it('lets a cell hyphenate only when a word still does not fit its column, and soft-hyphenates known joins', async () => {
    const concept = sampleConcept();
    const [first, second] = concept.measures;
    if (!first || !second) throw new Error('the sample has measures');
    first.lead = 'Aktenzeichen AZ32104077120250318000012345678901234567';
    second.lead = 'Kreisintegrationszentrum';
    const xml = docxXml(await conceptToDocx(concept, { parts: { measureSheets: false } }));
    const hyphenating = xml.paragraphs.filter((p) => p.xml.includes('<w:suppressAutoHyphens w:val="0"/>'));
    expect(hyphenating.map((p) => p.text.replaceAll('\u00AD', ''))).toEqual([first.lead]);
    expect(xml.paragraphs.some((p) => p.text === 'Kreisintegra\u00ADtions\u00ADzentrum')).toBe(true);
  });
});
