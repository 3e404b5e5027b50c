import type { ParagraphBox, TableBox } from './LayoutBlock.ts';
import { readParagraph } from './readParagraph.ts';
import { type XmlElement, xml } from './xml.ts';

// docx's tables have 108 twips of cell margin left and right, and half-point borders between rows.
const CELL_MARGINS = 216;
const ROW_BORDER = 10;

/** A table of docx's prepared XML measured row by row; a merged cell's height counts in its first row. */
export function readTable(table: XmlElement): TableBox {
  const grid = xml
    .children(xml.child(table, 'w:tblGrid') ?? {}, 'w:gridCol')
    .map((c) => Number(xml.attr(c, 'w:w')) || 0);
  const bookmarks: string[] = [];
  const rows = xml.children(table, 'w:tr').map((row) => {
    const trPr = xml.child(row, 'w:trPr');
    let column = 0;
    let height = 0;
    let keepNext = true;
    for (const cell of xml.children(row, 'w:tc')) {
      const tcPr = xml.child(cell, 'w:tcPr');
      const span = Number(xml.attr(xml.child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1;
      const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0) - CELL_MARGINS;
      column += span;
      const merged = xml.child(tcPr, 'w:vMerge');
      const continued = merged !== undefined && xml.attr(merged, 'w:val') !== 'restart';
      const content = cellContent(cell, Math.max(200, width));
      bookmarks.push(...content.bookmarks);
      if (!continued) height = Math.max(height, content.height);
      keepNext &&= content.keepNext;
    }
    return {
      height: height + ROW_BORDER,
      header: xml.child(trPr, 'w:tblHeader') !== undefined,
      cantSplit: xml.child(trPr, 'w:cantSplit') !== undefined,
      keepNext,
    };
  });
  return { kind: 'table', rows, bookmarks };
}

function cellContent(
  cell: XmlElement,
  width: number,
): { height: number; keepNext: boolean; bookmarks: string[] } {
  let height = 0;
  let previousAfter = 0;
  let keepNext = true;
  const bookmarks: string[] = [];
  for (const block of xml.children(cell)) {
    const name = xml.nameOf(block);
    if (name === 'w:p') {
      const p: ParagraphBox = readParagraph(block, width);
      height += Math.max(previousAfter, p.before) + p.lines * p.lineHeight;
      previousAfter = p.after;
      keepNext &&= p.keepNext;
      bookmarks.push(...p.bookmarks);
    } else if (name === 'w:tbl') {
      const nested = readTable(block);
      height += previousAfter + nested.rows.reduce((n, r) => n + r.height, 0);
      previousAfter = 0;
    }
  }
  return { height: height + previousAfter, keepNext, bookmarks };
}
