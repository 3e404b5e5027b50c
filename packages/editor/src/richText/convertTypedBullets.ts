import { buildNestedList } from './buildNestedList.ts';
import { markerLevels } from './markerLevels.ts';
import { type ListMarker, readListMarker } from './readListMarker.ts';
import { removeLeadingText } from './removeLeadingText.ts';

interface TypedItem {
  element: Element;
  marker: ListMarker;
}

function typedItemOf(element: Element | null): TypedItem | null {
  if (element?.tagName !== 'P' || element.parentElement?.tagName === 'LI') return null;
  const marker = readListMarker(element.textContent ?? '');
  return marker ? { element, marker } : null;
}

function nextElement(node: Node): Element | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  return next instanceof Element ? next : null;
}

function convertRun(items: TypedItem[]): void {
  const levels = markerLevels(items.map((item) => item.marker));
  for (const { element, marker } of items) removeLeadingText(element, marker.length);
  const list = buildNestedList(
    items[0]!.element.ownerDocument,
    items.map(({ element, marker }, i) => ({
      content: [...element.childNodes],
      level: levels[i]!,
      ordered: marker.ordered,
      olType: marker.olType,
      start: marker.start,
    })),
  );
  items[0]!.element.before(list);
  for (const item of items) item.element.remove();
}

/**
 * Turns paragraphs that start with a typed bullet or number (`·`+tab, `•`, `o`+tab, `1.`+tab: Word text
 * whose list style was lost, PDFs, other word processors) into real lists, and drops such typed markers
 * from items that already are list items, so no item shows two bullets.
 */
export function convertTypedBullets(body: Element): void {
  for (const item of body.querySelectorAll('li')) {
    const marker = readListMarker(item.textContent ?? '');
    if (marker) removeLeadingText(item, marker.length);
  }
  const handled = new Set<Element>();
  for (const paragraph of body.querySelectorAll('p')) {
    if (handled.has(paragraph)) continue;
    const first = typedItemOf(paragraph);
    if (!first) continue;
    const run = [first];
    for (let next = typedItemOf(nextElement(paragraph)); next; next = typedItemOf(nextElement(next.element)))
      run.push(next);
    for (const item of run) handled.add(item.element);
    convertRun(run);
  }
}
