import { Paragraph, Table, TableCell, TableRow } from './body/model.ts';

/** The blocks with every paragraph in them, nested tables included, kept with the next. */
export function keptWithNext(blocks: readonly (Paragraph | Table)[]): (Paragraph | Table)[] {
  return blocks.map((block) =>
    block instanceof Paragraph
      ? new Paragraph({ ...block.options, keepNext: true })
      : new Table({
          ...block.options,
          rows: block.options.rows.map(
            (row) =>
              new TableRow({
                ...row.options,
                children: row.options.children.map(
                  (cell) => new TableCell({ ...cell.options, children: keptWithNext(cell.options.children) }),
                ),
              }),
          ),
        }),
  );
}
