import { buildNestedList } from './buildNestedList.ts';
import { markerLevels } from './markerLevels.ts';
import { type ListMarker, readListMarker } from './readListMarker.ts';

interface Line {
  text: string;
  marker: ListMarker | null;
}

function appendRun(container: Element, run: Line[]): void {
  const doc = container.ownerDocument;
  const levels = markerLevels(run.map((line) => line.marker!));
  const items = run.map((line, i) => ({
    content: [doc.createTextNode(line.text.slice(line.marker!.length))],
    level: levels[i]!,
    ordered: line.marker!.ordered,
    olType: line.marker!.olType,
    start: line.marker!.start,
  }));
  container.appendChild(buildNestedList(doc, items));
}

/**
 * Reads plain text whose lines start with typed bullets or numbers (what Word, PDFs and mail put on the
 * clipboard as text) into a `<div>` of paragraphs and real lists; null when no line starts with a marker.
 * @example typedListsFromText('· Eins\n· Zwei', document) // <div><ul><li><p>Eins</p></li>…</ul></div>
 */
export function typedListsFromText(text: string, doc: Document): Element | null {
  const lines = text
    .split(/\r\n?|\n/)
    .filter((line) => line.trim())
    .map((line) => ({ text: line, marker: readListMarker(line) }));
  if (!lines.some((line) => line.marker)) return null;
  const container = doc.createElement('div');
  let run: Line[] = [];
  for (const line of lines) {
    if (line.marker) {
      run.push(line);
      continue;
    }
    if (run.length) appendRun(container, run);
    run = [];
    container.appendChild(doc.createElement('p')).textContent = line.text;
  }
  if (run.length) appendRun(container, run);
  return container;
}
