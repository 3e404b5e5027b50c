import type { BookmarkListNumber } from 'docx';
import { type XmlElement, xml } from './xml.ts';

// Word measures the number for the tab after it in Aptos 12 pt: about 132 twips a digit, 66 a dot.
function numberWidth(text: string): number {
  return [...text].reduce((n, c) => n + (c === '.' ? 66 : 132), 0);
}

/**
 * The numbers Heading 1–3 get from the outline list of their styles ("2", "2.1", "2.1.3"), by the name of each
 * heading's bookmark, so the table of contents writes them before its entries; unnumbered headings get none.
 */
export function outlineNumbers(body: XmlElement): Map<string, BookmarkListNumber> {
  const counters = [0, 0, 0];
  const numbers = new Map<string, BookmarkListNumber>();
  for (const paragraph of xml.children(body, 'w:p')) {
    const pPr = xml.child(paragraph, 'w:pPr');
    const heading = /^Heading([123])$/.exec(String(xml.attr(xml.child(pPr, 'w:pStyle'), 'w:val') ?? ''));
    const numId = xml.attr(xml.child(xml.child(pPr, 'w:numPr'), 'w:numId'), 'w:val');
    if (!heading || numId !== undefined) continue;
    const level = Number(heading[1]) - 1;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    const text = counters.slice(0, level + 1).join('.');
    for (const bookmark of xml.children(paragraph, 'w:bookmarkStart')) {
      numbers.set(String(xml.attr(bookmark, 'w:name')), { text, separator: 'tab', width: numberWidth(text) });
    }
  }
  return numbers;
}
