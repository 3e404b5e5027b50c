import { arialWidths } from './arialWidths.ts';

// Characters missing from the table count as wide as a digit.
const UNKNOWN = 556;

let tables: { regular: Map<number, number>; bold: Map<number, number> } | undefined;

function expand(ranges: [number, string][]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [start, list] of ranges) {
    list.split(' ').forEach((w, i) => {
      widths.set(start + i, Number(w));
    });
  }
  return widths;
}

/** Arial's advance width of one UTF-16 code unit, in 1/1000 em, regular or bold. */
export function arialCharWidth(code: number, bold: boolean): number {
  tables ??= { regular: expand(arialWidths.regular), bold: expand(arialWidths.bold) };
  return (bold ? tables.bold : tables.regular).get(code) ?? UNKNOWN;
}
