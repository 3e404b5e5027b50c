import { arialWidths } from './arialWidths.ts';

// Characters missing from the table count as wide as a digit.
const UNKNOWN = 556;
// The table covers the Basic Multilingual Plane: one flat array per weight, looked up by code unit.
const PLANE = 0x10000;

let tables: { regular: Uint16Array; bold: Uint16Array } | undefined;

function expand(ranges: [number, string][]): Uint16Array {
  const widths = new Uint16Array(PLANE).fill(UNKNOWN);
  for (const [start, list] of ranges) {
    list.split(' ').forEach((w, i) => {
      widths[start + i] = Number(w);
    });
  }
  return widths;
}

/** Arial's advance widths of the UTF-16 code units, in 1/1000 em, regular or bold. */
export function arialWidthTable(bold: boolean): Uint16Array {
  tables ??= { regular: expand(arialWidths.regular), bold: expand(arialWidths.bold) };
  return bold ? tables.bold : tables.regular;
}

/** Arial's advance width of one UTF-16 code unit, in 1/1000 em, regular or bold. */
export function arialCharWidth(code: number, bold: boolean): number {
  return arialWidthTable(bold)[code] ?? UNKNOWN;
}
