import { textWidth } from './layout/textWidth.ts';

const ELLIPSIS = '…';

/**
 * `text` cut at a word with "…" so it fits one line of `width` twips at `halfPoints` (a long title would wrap the
 * running header onto a second line); text that fits is returned as it is.
 */
export function fitOneLine(text: string, halfPoints: number, width: number): string {
  if (textWidth(text, halfPoints, false) <= width) return text;
  const room = width - textWidth(ELLIPSIS, halfPoints, false);
  const words = text.split(' ');
  let fitted = '';
  for (const word of words) {
    const next = fitted ? `${fitted} ${word}` : word;
    if (textWidth(next, halfPoints, false) > room) break;
    fitted = next;
  }
  if (!fitted) {
    let cut = '';
    for (const char of text) {
      if (textWidth(cut + char, halfPoints, false) > room) break;
      cut += char;
    }
    fitted = cut;
  }
  return `${fitted.replace(/[\s,;:–-]+$/, '')}${ELLIPSIS}`;
}
