import { textWidth } from './layout/textWidth.ts';
import { pageLayout } from './pageLayout.ts';

// Cell margins left and right, and a little room so a word that just fits is not broken by rounding.
const CELL_ROOM = 216 + 40;

/** The words of a cell: a column as wide as its longest word breaks none of them, not even at a hyphen ("M-/001"). */
export function cellWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function widest(texts: readonly string[], bold: boolean, split: boolean): number {
  let most = 0;
  for (const text of texts) {
    for (const part of split ? cellWords(text) : [text]) {
      most = Math.max(most, textWidth(part, pageLayout.tableFontSize, bold));
    }
  }
  return most;
}

/**
 * Column widths (twips, summing to `total`) sized from the content: every column at least as wide as its longest
 * word or header word, so no word breaks in the middle ("Priorit/ät"), and the room left shared by how much more
 * each column's longest text would take. When the longest words alone are wider than the page, the widest columns
 * give way down to a common width (and their longest words are hyphenated, see `dataTable`).
 */
export function contentColumnWidths(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  total: number,
): number[] {
  const columns = headers.map((header, c) => {
    const cells = rows.map((row) => row[c] ?? '');
    const min = Math.max(widest([header], true, true), widest(cells, false, true)) + CELL_ROOM;
    const want = Math.max(min, widest([header], true, false), widest(cells, false, false) + CELL_ROOM);
    return { min, want };
  });
  const minSum = columns.reduce((n, c) => n + c.min, 0);
  if (minSum >= total) {
    // Only the widest columns give way (their long words hyphenate); short codes and labels keep their width.
    const cap = waterLevel(
      columns.map((c) => c.min),
      total,
    );
    return columns.map((c) => Math.floor(Math.min(c.min, cap)));
  }
  const wantSum = columns.reduce((n, c) => n + c.want, 0);
  if (wantSum <= total) return columns.map((c) => Math.floor((c.want * total) / wantSum));
  const growth = wantSum - minSum;
  return columns.map((c) => Math.floor(c.min + ((c.want - c.min) * (total - minSum)) / growth));
}

/** The width `cap` at which the widths, each cut to at most `cap`, sum to `total`. */
function waterLevel(widths: readonly number[], total: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  let below = 0;
  for (const [i, width] of sorted.entries()) {
    const cap = (total - below) / (sorted.length - i);
    if (cap <= width) return cap;
    below += width;
  }
  return sorted.at(-1) ?? total;
}
