interface WordListItem {
  element: Element;
  level: number;
  ordered: boolean;
}

const ORDERED_MARKER = /^(\(?[0-9]+[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcdmIVXLCDM]+[.)])$/;

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').replace(/\s+/g, '');
}

function isMarker(element: Element): boolean {
  return /mso-list:ignore/i.test(styleOf(element));
}

function listItemOf(element: Element): WordListItem | null {
  const match = /mso-list:l\d+level(\d+)/i.exec(styleOf(element));
  if (!match) return null;
  const marker = [...element.querySelectorAll('span')].find(isMarker);
  const text = (marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  marker?.remove();
  return { element, level: Number(match[1]), ordered: ORDERED_MARKER.test(text) };
}

function nextElement(node: Node): Element | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  return next instanceof Element ? next : null;
}

function buildList(items: WordListItem[]): Element {
  const doc = items[0]!.element.ownerDocument;
  const root = doc.createElement(items[0]!.ordered ? 'ol' : 'ul');
  const stack: { level: number; list: Element; lastItem: Element | null }[] = [];
  for (const item of items) {
    while (stack.length > 1 && stack[stack.length - 1]!.level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < item.level) {
      const list = top ? doc.createElement(item.ordered ? 'ol' : 'ul') : root;
      if (top) {
        top.lastItem ??= top.list.appendChild(doc.createElement('li'));
        top.lastItem.appendChild(list);
      }
      top = { level: item.level, list, lastItem: null };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...item.element.childNodes);
    li.appendChild(paragraph);
    top.list.appendChild(li);
    top.lastItem = li;
  }
  return root;
}

/**
 * Turns Word's list paragraphs (`<p style="mso-list:l0 level2 lfo1">` with a typed bullet or number in a
 * `mso-list:Ignore` span) into nested `<ul>`/`<ol>`, which is how the editor's schema sees lists.
 * Numbered headings just lose their typed number.
 */
export function convertWordLists(body: Element): void {
  for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    for (const marker of [...heading.querySelectorAll('span')].filter(isMarker)) marker.remove();
  }
  const handled = new Set<Element>();
  for (const start of body.querySelectorAll('p')) {
    if (handled.has(start)) continue;
    const first = listItemOf(start);
    if (!first) continue;
    const items = [first];
    handled.add(start);
    for (let next = nextElement(start); next?.tagName === 'P'; next = nextElement(next)) {
      const item = listItemOf(next);
      if (!item || (item.level <= first.level && item.ordered !== first.ordered)) break;
      items.push(item);
      handled.add(next);
    }
    start.before(buildList(items));
    for (const item of items) item.element.remove();
  }
}
