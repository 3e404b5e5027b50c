import { arialWidthTable } from './arialCharWidth.ts';

/** A stretch of text in one font size and weight; `\n` is a line break. */
export interface TextSegment {
  text: string;
  size: number;
  bold: boolean;
}

const SPACE = 32;
const NEWLINE = 10;
const TAB = 9;
const SOFT_HYPHEN = 0xad;
const HYPHEN = 0x2d;
const LETTER = /\p{L}/u;

/**
 * How many lines text takes in `width` twips, broken greedily at spaces as Word and LibreOffice break it without
 * hyphenation; a word wider than the line is broken where it overflows. A tab and a soft hyphen break like a
 * space of no width, and a line may break after a hyphen between two words;
 * `firstLineStart` is where the text begins on its first line (after a number and its tab).
 */
export function countLines(segments: readonly TextSegment[], width: number, firstLineStart = 0): number {
  let lines = 1;
  let line = firstLineStart;
  let word = 0;
  for (const { text, size, bold } of segments) {
    const scale = size / 100;
    const widths = arialWidthTable(bold);
    const space = (widths[SPACE] as number) * scale;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== SPACE && code !== NEWLINE && code !== TAB && code !== SOFT_HYPHEN) {
        word += (widths[code] as number) * scale;
        if (code !== HYPHEN || !breaksAfterHyphen(text, i)) continue;
      }
      // Broken at a soft hyphen, the line ends with a hyphen: the piece before it must fit with one.
      const hyphen = code === SOFT_HYPHEN ? (widths[HYPHEN] as number) * scale : 0;
      if (line > 0 && line + word + hyphen > width) {
        lines++;
        line = 0;
      }
      for (; word > width; word -= width) lines++;
      line += word;
      word = 0;
      if (code === NEWLINE) {
        lines++;
        line = 0;
      } else if (code === SPACE) {
        line += space;
      }
    }
  }
  if (line > 0 && line + word > width) lines++;
  for (; word > width; word -= width) lines++;
  return lines;
}

// LibreOffice breaks after a hyphen joining two words ("Empowerment-|Workshops"), not in "M-01".
function breaksAfterHyphen(text: string, at: number): boolean {
  return LETTER.test(text[at - 1] ?? '') && LETTER.test(text[at + 1] ?? '');
}
