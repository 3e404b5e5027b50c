import type { TocEntry } from './writeBody.ts';

/**
 * Where Word puts the tab after a heading's number in its entry: past the number as wide as Word measures it in
 * its Normal template's 12 pt (about 132 twips a digit, 66 a dot), plus 240 twips and 240 per level below the
 * first, at the next multiple of 240 up to 1920 and where it falls beyond that.
 */
export function tocNumberTabStop({ level, number = '' }: Pick<TocEntry, 'level' | 'number'>): number {
  let width = 0;
  for (const c of number) width += c === '.' ? 66 : 132;
  const end = 240 * (level - 1) + width + 240;
  return end <= 1920 ? Math.ceil(end / 240) * 240 : Math.round(end);
}
