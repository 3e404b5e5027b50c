import type { DocxXml } from './docxXml.ts';
import { headingPage, outlineNumbers, tocNumbers, tocPageRange } from './pdfChecks.ts';

/**
 * The table of contents entries whose page number is not the page their heading is on in LibreOffice's own
 * layout (`pages` from `pdftotext`), each as "title: Verzeichnis n, tatsächlich m"; empty when every entry is exact.
 */
export function wrongTocEntries(xml: DocxXml, pages: readonly string[]): string[] {
  const [, tocEnd] = tocPageRange(pages);
  const entries = xml.paragraphs.filter((p) => p.style === 'Heading1' || p.style === 'Heading2');
  const outline = outlineNumbers(entries);
  const numbers = tocNumbers(
    pages,
    entries.map((p) => p.text),
  );
  let from = tocEnd + 1;
  return entries.flatMap(({ text: title }, i) => {
    const page = headingPage(pages, title, from, outline[i]);
    if (page >= 0) from = page;
    return numbers[i] === page + 1 ? [] : [`${title}: Verzeichnis ${numbers[i]}, tatsächlich ${page + 1}`];
  });
}
