import { Paragraph, type Table } from './body/model.ts';

/** Makes every paragraph in the blocks keep with the next, in nested tables too; in place, as the blocks are fresh. */
export function keepWithNext(blocks: readonly (Paragraph | Table)[]): void {
  for (const block of blocks) {
    if (block instanceof Paragraph) {
      block.options.keepNext = true;
      continue;
    }
    for (const row of block.options.rows) {
      for (const cell of row.options.children) keepWithNext(cell.options.children);
    }
  }
}
