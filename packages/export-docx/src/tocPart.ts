import { type FileChild, Paragraph, TableOfContents } from './body/model.ts';

/**
 * The table of contents: a Word TOC field over Heading 1–2, written with its entries (and, when the pages are laid
 * out, their page numbers), so viewers that never update fields, such as LibreOffice's PDF export, still show it.
 */
export function tocPart(pageBreakBefore: boolean): FileChild[] {
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore, text: 'Inhaltsverzeichnis' }),
    new TableOfContents('Inhaltsverzeichnis', 2),
  ];
}
