import { Paragraph, type Table } from './body/model.ts';
import { emptyCellParagraph } from './emptyCellParagraph.ts';

/**
 * The blocks of a table cell as Word needs them: a paragraph last, so an empty one where the cell is empty or
 * ends with a table (Word reports such a cell as unreadable content, and LibreOffice lays its table out wrong).
 */
export function cellBlocks(blocks: readonly (Paragraph | Table)[]): (Paragraph | Table)[] {
  return blocks.at(-1) instanceof Paragraph ? [...blocks] : [...blocks, emptyCellParagraph()];
}
