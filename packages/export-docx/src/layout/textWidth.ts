import { arialCharWidth } from './arialCharWidth.ts';

/** The width of `text` in Arial at `halfPoints`, in twips. */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) units += arialCharWidth(text.charCodeAt(i), bold);
  // One em is `halfPoints` × 10 twips.
  return (units * halfPoints) / 100;
}
