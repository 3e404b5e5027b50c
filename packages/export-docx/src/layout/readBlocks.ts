import type { LayoutBlock } from './LayoutBlock.ts';
import { readParagraph } from './readParagraph.ts';
import { readTable } from './readTable.ts';
import { type XmlElement, xml } from './xml.ts';

/** The paragraphs and tables of a body, with those inside content controls (the table of contents) in place. */
export function readBlocks(container: XmlElement, width: number): LayoutBlock[] {
  return xml.children(container).flatMap((block): LayoutBlock[] => {
    switch (xml.nameOf(block)) {
      case 'w:p':
        return [readParagraph(block, width)];
      case 'w:tbl':
        return [readTable(block)];
      case 'w:sdt':
        return readBlocks(xml.child(block, 'w:sdtContent') ?? {}, width);
      default:
        return [];
    }
  });
}
