import { ShadingType } from 'docx';
import { Paragraph, type ParagraphOptions, Table, TableCell, TableRow, TextRun } from './body/model.ts';
import { cellBlocks } from './cellBlocks.ts';
import { keepWithNext } from './keepWithNext.ts';
import { measureTable } from './layout/measureBlocks.ts';
import { textWidth } from './layout/textWidth.ts';
import { pageLayout } from './pageLayout.ts';
import { SOFT_HYPHEN, softHyphens } from './softHyphens.ts';

/** One column of a data table: its header and its share of the width. */
export interface DataColumn {
  title: string;
  weight: number;
}

/** A cell: plain text, or paragraphs and tables made elsewhere (rich text). */
export type DataCell = string | (Paragraph | Table)[];

// The share of a page a row or a kept table may fill by the estimate and still be sure to fit: Word cuts off a
// row that may not split and is taller than a page, and LibreOffice moves a kept table that fits no page to the
// next page, away from its heading.
const SURE_FIT = 0.9;
const CELL_MARGINS = 216;
// Where a word may break: at a soft hyphen, and after a hyphen between two words.
const BREAKS = new RegExp(`${SOFT_HYPHEN}|(?<=\\p{L}-)(?=\\p{L})`, 'u');

/**
 * A table of data with a marked header row, repeated on every page, and rows that never split across pages
 * unless taller than a page. With `keepTogether` every paragraph of every row but the last keeps with the next,
 * rich cells included (their blocks are marked in place), which is how Word keeps a short table (a measure sheet)
 * on one page; a table longer than a page is not kept, as it has to break anyway.
 */
export function dataTable(
  columns: readonly DataColumn[],
  rows: readonly DataCell[][],
  { keepTogether = false, width = pageLayout.textWidth, firstColumnIsHeader = false } = {},
): Table {
  const total = columns.reduce((n, c) => n + c.weight, 0);
  const widths = columns.map((c) => Math.floor((width * c.weight) / total));
  const header = columns.map((c, i) => cell(c.title, true, widths[i] ?? 0, true));
  const body = rows.map((row) =>
    row.map((value, i) => cell(value, firstColumnIsHeader && i === 0, widths[i] ?? 0)),
  );
  const [headerHeight = 0, ...heights] = measureTable(
    new Table({
      columnWidths: widths,
      rows: [header, ...body].map((children) => new TableRow({ children })),
    }),
  ).rows.map((row) => row.height);
  const room = pageLayout.textHeight * SURE_FIT;
  if (keepTogether && heights.reduce((n, h) => n + h, headerHeight) <= room) {
    for (const cells of body.slice(0, -1)) for (const c of cells) keepWithNext(c.options.children);
  }
  return new Table({
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header }),
      ...body.map(
        (children, r) => new TableRow({ cantSplit: headerHeight + (heights[r] ?? 0) <= room, children }),
      ),
    ],
  });
}

// Cells get their width from the table's columns (docx writes it), header cells their weight from a style.
function cell(value: DataCell, header: boolean, width: number, keepNext?: true): TableCell {
  const style = header ? 'TableLabel' : 'TableText';
  const blocks =
    typeof value === 'string'
      ? [new Paragraph({ style, keepNext, ...fitWords(value, header, width - CELL_MARGINS) })]
      : value;
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
    children: cellBlocks(blocks),
  });
}

/**
 * A cell's text with every word wider than the column broken where a compound joins (soft hyphens); a piece that
 * still does not fit lets the paragraph hyphenate, rather than break the word anywhere.
 */
function fitWords(
  text: string,
  bold: boolean,
  room: number,
): Pick<ParagraphOptions, 'children' | 'hyphenate'> {
  if (!text) return { children: [] };
  const tooWide = (word: string) => textWidth(word, pageLayout.tableFontSize, bold) > room;
  let hyphenate = false;
  const fitted = text.replace(/\S+/g, (word) => {
    if (!tooWide(word)) return word;
    const soft = softHyphens(word);
    if (soft.split(BREAKS).some(tooWide)) hyphenate = true;
    return soft;
  });
  return { children: [new TextRun(fitted)], hyphenate: hyphenate || undefined };
}
