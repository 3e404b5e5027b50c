/** Whitespace collapsed, as text compares across the line breaks of `pdftotext -layout`. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NUMBER_PREFIX = /^\d+(\.\d+)*\s+/;

/**
 * The index of the first page at or after `from` that has `title` as a line of its own (or several), else -1. A
 * numbered heading (`number` "8.1") only counts with its number before it, as body text may repeat its title.
 */
export function headingPage(pages: readonly string[], title: string, from = 0, number?: string): number {
  const wanted = normalize(number ? `${number} ${title}` : title);
  for (let p = from; p < pages.length; p++) {
    const lines = (pages[p] as string)
      .split('\n')
      .map((line) => (number ? normalize(line) : normalize(line).replace(NUMBER_PREFIX, '')))
      .filter(Boolean);
    for (let l = 0; l < lines.length; l++) {
      // A long heading wraps over several lines: join them while they are the start of the title.
      let joined = lines[l] as string;
      for (let next = l + 1; joined !== wanted && wanted.startsWith(joined) && next < lines.length; next++)
        joined = `${joined} ${lines[next]}`;
      if (joined === wanted) return p;
    }
  }
  return -1;
}

/**
 * The outline numbers ("8", "8.1") of numbered Heading 1 and 2 paragraphs, undefined for unnumbered ones: the
 * number a heading carries itself, else the one the heading styles' numbering gives it.
 */
export function outlineNumbers(
  paragraphs: readonly { style: string; xml: string; number?: string }[],
): (string | undefined)[] {
  const counters = [0, 0];
  return paragraphs.map(({ style, xml, number }) => {
    if (number !== undefined) return number;
    const level = style === 'Heading1' ? 0 : style === 'Heading2' ? 1 : -1;
    if (level < 0 || xml.includes('<w:numId w:val="0"/>')) return undefined;
    counters[level] = (counters[level] ?? 0) + 1;
    if (level === 0) counters[1] = 0;
    return counters.slice(0, level + 1).join('.');
  });
}

/** The pages of the table of contents: from the one titled "Inhaltsverzeichnis" while pages have entries. */
export function tocPageRange(pages: readonly string[]): [number, number] {
  const first = pages.findIndex((page) => /^\s*Inhaltsverzeichnis\s*$/m.test(page));
  let last = first;
  while (last + 1 < pages.length && /\.{4,}\s*\d+\s*$/m.test(pages[last + 1] as string)) last++;
  return [first, last];
}

/** The page number the table of contents gives each title (in order), or undefined where it shows none. */
export function tocNumbers(pages: readonly string[], titles: readonly string[]): (number | undefined)[] {
  const [first, last] = tocPageRange(pages);
  const entries = pages.slice(first, last + 1).map((page) =>
    page
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(1)
      .filter((line) => !/^\s*(Seite \d+ von \d+|Inhaltsverzeichnis)\s*$/.test(line))
      .join(' '),
  );
  const toc = normalize(entries.join(' '));
  let at = 0;
  return titles.map((title) => {
    const wanted = normalize(title);
    for (let index = toc.indexOf(wanted, at); index >= 0; index = toc.indexOf(wanted, index + 1)) {
      // Dot leaders come out of pdftotext as dots, or spaced dots where the line is nearly full.
      const match = /^[\s.]*?(\d+)/.exec(toc.slice(index + wanted.length));
      if (match) {
        at = index + wanted.length;
        return Number(match[1]);
      }
    }
    return undefined;
  });
}

/** The needles not found in order in `text` (whitespace-insensitive). */
export function missingInOrder(text: string, needles: readonly string[]): string[] {
  const haystack = normalize(text);
  let at = 0;
  const missing: string[] = [];
  for (const needle of needles) {
    const index = haystack.indexOf(normalize(needle), at);
    if (index < 0) missing.push(needle);
    else at = index + normalize(needle).length;
  }
  return missing;
}

/** A line of a page that begins with a table row's label: its index and the column the label starts at. */
export interface LabelLine {
  line: number;
  column: number;
}

/**
 * The lines of a page that begin with `label` followed by space or the line's end, as the labels of a table's
 * first column stand; text of a later column that happens to begin so stands further right.
 */
export function labelLines(page: string, label: string): LabelLine[] {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(\\s*)${escaped}(?:\\s|$)`);
  return page.split('\n').flatMap((text, line) => {
    const match = pattern.exec(text);
    return match ? [{ line, column: (match[1] as string).length }] : [];
  });
}
