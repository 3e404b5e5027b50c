import { ShadingType } from 'docx';
import { Paragraph, Table, TableCell, TableRow, TextRun } from './body/model.ts';
import { cellBlocks } from './cellBlocks.ts';
import { pageLayout } from './pageLayout.ts';

/** One column of a data table: its header and its share of the width. */
export interface DataColumn {
  title: string;
  weight: number;
}

/** A cell: plain text, or paragraphs and tables made elsewhere (rich text). */
export type DataCell = string | (Paragraph | Table)[];

/**
 * A table of data with a marked header row, repeated on every page, and rows that never split across pages.
 * With `keepTogether` every row also keeps with the next, so a short table (a measure sheet) stays on one page.
 */
export function dataTable(
  columns: readonly DataColumn[],
  rows: readonly DataCell[][],
  { keepTogether = false, width = pageLayout.textWidth, firstColumnIsHeader = false } = {},
): Table {
  const total = columns.reduce((n, c) => n + c.weight, 0);
  const widths = columns.map((c) => Math.floor((width * c.weight) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(c.title, true, true)),
  });
  return new Table({
    columnWidths: widths,
    rows: [
      header,
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, i) =>
              cell(value, firstColumnIsHeader && i === 0, keepTogether && r < rows.length - 1),
            ),
          }),
      ),
    ],
  });
}

// Cells get their width from the table's columns (docx writes it), header cells their weight from a style.
function cell(value: DataCell, header: boolean, keepNext: boolean): TableCell {
  const style = header ? 'TableLabel' : 'TableText';
  const children =
    typeof value === 'string'
      ? [
          new Paragraph({
            style,
            keepNext: keepNext || undefined,
            children: value ? [new TextRun(value)] : [],
          }),
        ]
      : value;
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
    children: cellBlocks(children),
  });
}
