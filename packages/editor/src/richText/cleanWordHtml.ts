import { convertStyledSpans } from './convertStyledSpans.ts';
import { convertTypedBullets } from './convertTypedBullets.ts';
import { convertWordLists } from './convertWordLists.ts';

const DROP = new Set([
  'STYLE',
  'META',
  'LINK',
  'SCRIPT',
  'TITLE',
  'XML',
  'O:P',
  'V:SHAPETYPE',
  'V:SHAPE',
  'IMG',
]);
const UNWRAP = new Set(['SPAN', 'FONT', 'DIV', 'SECTION', 'ARTICLE', 'INS']);
const KEEP_ATTRIBUTES: Record<string, string[]> = {
  A: ['href'],
  OL: ['type', 'start'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
};
const SAFE_HREF = /^(https?:|mailto:)/i;

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function isHidden(element: Element): boolean {
  return /display:\s*none|mso-list:\s*ignore/i.test(element.getAttribute('style') ?? '');
}

function cleanElement(element: Element): void {
  const tag = element.tagName.toUpperCase();
  if (DROP.has(tag) || tag.startsWith('V:') || tag.startsWith('W:') || isHidden(element)) {
    element.remove();
    return;
  }
  const keep = KEEP_ATTRIBUTES[tag] ?? [];
  for (const name of element.getAttributeNames()) if (!keep.includes(name)) element.removeAttribute(name);
  const href = element.getAttribute('href');
  if (tag === 'A' && !(href && SAFE_HREF.test(href.trim()))) element.removeAttribute('href');
  // Smart tags (st1:place, o:smarttagtype), anchors without a target and styling wrappers carry no meaning.
  if (UNWRAP.has(tag) || tag.includes(':') || (tag === 'A' && !element.hasAttribute('href'))) {
    element.replaceWith(...element.childNodes);
  }
}

const BLOCK_CONTAINERS = 'body, table, tbody, thead, tr, td, th, ul, ol, li, blockquote';

function removeLayoutWhitespace(body: Element): void {
  for (const container of [body, ...body.querySelectorAll(BLOCK_CONTAINERS)]) {
    for (const child of [...container.childNodes]) {
      if (child.nodeType === 3 && !child.textContent?.trim()) child.remove();
    }
  }
}

function isEmptyParagraph(element: Element): boolean {
  return (
    element.tagName === 'P' &&
    !element.querySelector('br, img') &&
    !element.textContent?.replace(/\u00a0/g, '').trim()
  );
}

/**
 * Cleans HTML pasted from Word (and similar word processors) before the editor parses it: drops comments,
 * conditional comments, `<o:p>`, styles, classes, `mso-` attributes, hidden list markers and empty Word
 * paragraphs; turns Word's list paragraphs and paragraphs with typed bullets into real nested lists; keeps
 * headings, lists, tables, bold, italic, underline and links.
 * @example editorProps: { transformPastedHTML: cleanWordHtml }
 */
export function cleanWordHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const body = parsed.body;
  removeComments(body);
  for (const element of body.querySelectorAll('p.MsoTitle')) element.replaceWith(retag(element, 'h1'));
  convertWordLists(body);
  convertTypedBullets(body);
  convertStyledSpans(body);
  // Deepest first, so unwrapping a parent never skips a child.
  for (const element of [...body.querySelectorAll('*')].reverse()) cleanElement(element);
  for (const paragraph of [...body.querySelectorAll('p')])
    if (isEmptyParagraph(paragraph)) paragraph.remove();
  body.normalize();
  removeLayoutWhitespace(body);
  return body.innerHTML.trim();
}

function retag(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  return replacement;
}
