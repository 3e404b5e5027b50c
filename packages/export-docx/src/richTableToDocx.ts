import type { RichTextNode } from '@werkbank/concept';
import { ShadingType } from 'docx';
import { blocksToDocx } from './blocksToDocx.ts';
import { type Paragraph, Table, TableCell, TableRow } from './body/model.ts';
import { cellBlocks } from './cellBlocks.ts';
import { pageLayout } from './pageLayout.ts';
import type { RichTextOptions } from './RichTextOptions.ts';

function span(cell: RichTextNode, attr: 'colspan' | 'rowspan'): number {
  return Math.max(1, Math.floor(Number(cell.attrs?.[attr] ?? 1)) || 1);
}

/**
 * A rich-text table with its merged cells. Leading rows made only of `tableHeader` cells are marked as header
 * rows, so Word repeats them on each page and screen readers announce them.
 */
export function richTableToDocx(table: RichTextNode, options: RichTextOptions): Table {
  const rows = (table.content ?? []).filter((row) => (row.content ?? []).length > 0);
  const columns = Math.max(
    1,
    ...rows.slice(0, 1).map((row) => (row.content ?? []).reduce((n, c) => n + span(c, 'colspan'), 0)),
  );
  const width = options.width ?? pageLayout.textWidth;
  const columnWidth = Math.floor(width / columns);
  const headerRows = rows.findIndex(
    (row) => !(row.content ?? []).every((cell) => cell.type === 'tableHeader'),
  );
  const leading = headerRows === -1 ? rows.length : headerRows;
  return new Table({
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r < leading || undefined,
          cantSplit: true,
          children: (row.content ?? []).map((cell) => {
            const header = cell.type === 'tableHeader';
            const colspan = span(cell, 'colspan');
            const children: (Paragraph | Table)[] = blocksToDocx(cell.content, {
              ...options,
              headingBase: null,
              style: 'TableText',
              bold: header,
              width: columnWidth * colspan - 216,
            });
            return new TableCell({
              columnSpan: colspan > 1 ? colspan : undefined,
              rowSpan: span(cell, 'rowspan') > 1 ? span(cell, 'rowspan') : undefined,
              shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
              children: cellBlocks(children),
            });
          }),
        }),
    ),
  });
}
