const MARKS: [test: RegExp, tag: string][] = [
  [/(^|;)\s*font-weight:\s*(bold|[6-9]00)/i, 'strong'],
  [/(^|;)\s*font-style:\s*italic/i, 'em'],
  [/(^|;)\s*text-decoration[^;]*underline/i, 'u'],
];

/**
 * Keeps formatting that other word processors express only in inline styles (Google Docs, Word online) by
 * wrapping the span's content in `<strong>`, `<em>` or `<u>` before styles are dropped; a `<b>` whose style
 * says "normal" (Google Docs wraps every paste in one) is unwrapped.
 */
export function convertStyledSpans(body: Element): void {
  for (const bold of body.querySelectorAll('b[style]')) {
    if (/(^|;)\s*font-weight:\s*(normal|[1-4]00)/i.test(bold.getAttribute('style') ?? ''))
      bold.replaceWith(...bold.childNodes);
  }
  for (const span of body.querySelectorAll('span[style]')) {
    const style = span.getAttribute('style') ?? '';
    for (const [test, tag] of MARKS) {
      if (!test.test(style)) continue;
      const mark = span.ownerDocument.createElement(tag);
      mark.append(...span.childNodes);
      span.appendChild(mark);
    }
  }
}
