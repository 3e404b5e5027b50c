/** A typed list marker at the start of a paragraph, as Word and PDFs leave it. */
export interface ListMarker {
  /** The marker itself (`·`, `o`, `1.`, `a)`), for telling nesting levels of typed bullets apart. */
  glyph: string;
  ordered: boolean;
  /** HTML `<ol type>` of an ordered marker: `a`, `A`, `i`, `I`, or null for digits. */
  olType: string | null;
  /** The number an ordered marker stands for (1 for `1.`, `a)` and `i.`). */
  start: number;
  /** Characters the marker and the white space after it take up. */
  length: number;
}

// \uf0b7, \uf0a7 and \uf0d8: Symbol/Wingdings bullets as they arrive when the font is lost.
const ALWAYS_BULLETS = '·•∙◦▪■□●○►➢\uf0b7\uf0a7\uf0d8\uf076\uf0fc';
// Letters and dashes also start ordinary sentences, so they only count before a tab or no-break space.
const BULLET = new RegExp(
  `^[\\s\\u00a0]*(?:([${ALWAYS_BULLETS}])[\\s\\u00a0]+|([o§\\-–—*])[\\t\\u00a0][\\s\\u00a0]*)`,
);
const ORDERED = /^[\s\u00a0]*\(?(\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})([.)])[\t\u00a0][\s\u00a0]*/;
const ROMAN = /^(?:[ivxlcdm]+|[IVXLCDM]+)$/;

function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const digits = [...numeral.toLowerCase()].map((c) => values[c] ?? 0);
  return digits.reduce((sum, value, i) => sum + (value < (digits[i + 1] ?? 0) ? -value : value), 0);
}

function orderedMarker(match: RegExpExecArray): ListMarker | null {
  const label = match[1]!;
  const base = { glyph: `${label}${match[2]}`, ordered: true, length: match[0].length };
  if (/^\d+$/.test(label)) return { ...base, olType: null, start: Number(label) };
  // A single "i" or "v" is far more often a letter of an a) b) c) list than a roman numeral.
  if (label.length === 1) {
    const olType = label === label.toLowerCase() ? 'a' : 'A';
    return { ...base, olType, start: label.toLowerCase().charCodeAt(0) - 96 };
  }
  if (!ROMAN.test(label)) return null;
  return { ...base, olType: label === label.toLowerCase() ? 'i' : 'I', start: romanValue(label) };
}

/**
 * Reads a typed bullet (`·`, `•`, Symbol's private-use bullets, `o`/`§`/`-`/`–` before a tab) or number
 * (`1.`, `a)`, `iv.` before a tab) at the start of `text`; null if the text starts with none.
 * @example readListMarker('·\tEins') // { glyph: '·', ordered: false, length: 2, … }
 */
export function readListMarker(text: string): ListMarker | null {
  const bullet = BULLET.exec(text);
  if (bullet) {
    const glyph = bullet[1] ?? bullet[2]!;
    return { glyph, ordered: false, olType: null, start: 1, length: bullet[0].length };
  }
  const ordered = ORDERED.exec(text);
  return ordered ? orderedMarker(ordered) : null;
}
