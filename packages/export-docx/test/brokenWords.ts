/**
 * The words of `pages` (pdftotext -layout text) that are not words of the document: pieces of a word broken across
 * lines without a hyphen ("Priorit" / "ät"). A piece is fine when it ends in a hyphen, or when it ends a word whose
 * start stands elsewhere in the text with a hyphen ("Beratungs-" … "infrastruktur").
 */
export function brokenWords(pages: readonly string[], documentWords: ReadonlySet<string>): string[] {
  // A soft hyphen where a line broke may come out as itself.
  const tokens = pages.flatMap((page) => page.replaceAll('\u00AD', '-').split(/\s+/).filter(Boolean));
  const heads = tokens.filter((t) => t.endsWith('-')).map((t) => t.slice(0, -1));
  const broken = tokens.filter((token) => {
    if (documentWords.has(token) || token.endsWith('-')) return false;
    return ![...documentWords].some(
      (word) =>
        word.endsWith(token) &&
        heads.some((head) => word === `${head}${token}` || word === `${head}-${token}`),
    );
  });
  return [...new Set(broken)];
}

/** Every whitespace-separated word of the given texts. */
export function wordsOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => text.replaceAll('\u00AD', '').split(/\s+/).filter(Boolean)));
}
