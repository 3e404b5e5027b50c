import { type FileChild, Paragraph } from './body/model.ts';

const NUMBERED = /^Heading([123])$/;

/**
 * Gives one part's headings the numbers of the document's numbering (`numberedDocumentParts`): its Heading 1 the
 * part's number, the Heading 2 and 3 beneath it "9.1", "9.1.2". Without a number (a part no chapter introduces,
 * the sheets after the measures overview) they carry none. Headings that switch numbering off stay so.
 */
export function numberHeadings(blocks: readonly FileChild[], number: string | undefined): FileChild[] {
  const counters = [0, 0];
  return blocks.map((block) => {
    if (!(block instanceof Paragraph) || block.options.numbering !== undefined) return block;
    const level = Number(NUMBERED.exec(block.options.heading ?? '')?.[1] ?? 0);
    if (level === 0) return block;
    if (number === undefined) return new Paragraph({ ...block.options, numbering: false });
    if (level === 1) return new Paragraph({ ...block.options, outlineNumber: number });
    counters[level - 2] = (counters[level - 2] ?? 0) + 1;
    if (level === 2) counters[1] = 0;
    const outlineNumber = [number, ...counters.slice(0, level - 1)].join('.');
    return new Paragraph({ ...block.options, outlineNumber });
  });
}
