import { textWidth } from './textWidth.ts';

/** A stretch of text in one font size and weight; `\n` is a line break. */
export interface TextSegment {
  text: string;
  size: number;
  bold: boolean;
}

/**
 * How many lines text takes in `width` twips, broken greedily at spaces as Word and LibreOffice break it without
 * hyphenation; a word wider than the line is broken where it overflows.
 */
export function countLines(segments: readonly TextSegment[], width: number): number {
  let lines = 1;
  let line = 0;
  let word = 0;
  function endWord(): void {
    if (line > 0 && line + word > width) {
      lines++;
      line = 0;
    }
    while (word > width) {
      lines++;
      word -= width;
    }
    line += word;
    word = 0;
  }
  for (const { text, size, bold } of segments) {
    for (const part of text.split(/([ \n])/)) {
      if (part === '') continue;
      if (part === '\n') {
        endWord();
        lines++;
        line = 0;
      } else if (part === ' ') {
        endWord();
        line += textWidth(' ', size, bold);
      } else {
        word += textWidth(part, size, bold);
      }
    }
  }
  endWord();
  return lines;
}
