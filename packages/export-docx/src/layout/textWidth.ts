import { arialWidths } from './arialWidths.ts';

const DEFAULT_WIDTH = 556;

function expand(ranges: [number, string][]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [start, list] of ranges) {
    list.split(' ').forEach((w, i) => {
      widths.set(start + i, Number(w));
    });
  }
  return widths;
}

let tables: { regular: Map<number, number>; bold: Map<number, number> } | undefined;

/** The width of `text` in Arial at `halfPoints`, in twips; characters outside the table count as a digit. */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
  tables ??= { regular: expand(arialWidths.regular), bold: expand(arialWidths.bold) };
  const widths = bold ? tables.bold : tables.regular;
  let units = 0;
  for (let i = 0; i < text.length; i++) units += widths.get(text.charCodeAt(i)) ?? DEFAULT_WIDTH;
  // One em is `halfPoints` × 10 twips.
  return (units * halfPoints) / 100;
}
