import { buildNestedList, type NestedListItem } from './buildNestedList.ts';
import { readListMarker } from './readListMarker.ts';
import { removeLeadingText } from './removeLeadingText.ts';

interface WordListItem extends NestedListItem {
  element: Element;
}

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').replace(/\s+/g, '');
}

function isMarker(element: Element): boolean {
  return /mso-list:ignore/i.test(styleOf(element));
}

function levelOf(element: Element): number | null {
  const match = /mso-list:l\d+level(\d+)/i.exec(styleOf(element));
  if (match) return Number(match[1]);
  // Word Online and some converters keep the class but drop the list style.
  return /^MsoListParagraph/i.test(element.getAttribute('class') ?? '') ? 1 : null;
}

function listItemOf(element: Element): WordListItem | null {
  const level = levelOf(element);
  if (level === null) return null;
  const ignored = [...element.querySelectorAll('span')].find(isMarker);
  const text = ignored ? `${ignored.textContent ?? ''}\t` : (element.textContent ?? '');
  const lead = /^[\s\u00a0]*/.exec(text)![0].length;
  const marker = readListMarker(text.slice(lead));
  ignored?.remove();
  // Without Word's hidden marker span (Outlook, Word Online) the typed glyph is part of the text.
  if (!ignored && marker) removeLeadingText(element, lead + marker.length);
  const { ordered = false, olType, start } = marker ?? {};
  return { element, content: [...element.childNodes], level, ordered, olType, start };
}

function nextElement(node: Node): Element | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  return next instanceof Element ? next : null;
}

/**
 * Turns Word's list paragraphs (`<p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level2 lfo1">` with
 * a typed bullet or number in a `mso-list:Ignore` span) into nested `<ul>`/`<ol>` without the typed marker,
 * which is how the editor's schema sees lists. Numbered headings just lose their typed number.
 */
export function convertWordLists(body: Element): void {
  for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    for (const marker of [...heading.querySelectorAll('span')].filter(isMarker)) marker.remove();
  }
  const handled = new Set<Element>();
  const read = new Map<Element, WordListItem | null>();
  // Reading takes the marker out, so each paragraph is read once even when it ends one list and starts the next.
  function itemOf(element: Element): WordListItem | null {
    if (!read.has(element)) read.set(element, listItemOf(element));
    return read.get(element)!;
  }
  for (const start of body.querySelectorAll('p')) {
    if (handled.has(start)) continue;
    const first = itemOf(start);
    if (!first) continue;
    const items = [first];
    handled.add(start);
    for (let next = nextElement(start); next?.tagName === 'P'; next = nextElement(next)) {
      const item = itemOf(next);
      if (!item || (item.level <= first.level && item.ordered !== first.ordered)) break;
      items.push(item);
      handled.add(next);
    }
    start.before(buildNestedList(body.ownerDocument, items));
    for (const item of items) item.element.remove();
  }
}
