/** One paragraph that becomes a list item. */
export interface NestedListItem {
  /** The item's content, moved into its `<li><p>`. */
  content: Node[];
  /** 1 for the outermost list. */
  level: number;
  ordered: boolean;
  /** `<ol type>` for letters and roman numerals. */
  olType?: string | null;
  /** The number of the item, so a list that Word continued after a break keeps counting. */
  start?: number;
}

function createList(doc: Document, item: NestedListItem): Element {
  const list = doc.createElement(item.ordered ? 'ol' : 'ul');
  if (item.ordered && item.olType) list.setAttribute('type', item.olType);
  if (item.ordered && item.start && item.start > 1) list.setAttribute('start', String(item.start));
  return list;
}

/**
 * Builds nested `<ul>`/`<ol>` from flat paragraphs with levels, which is how the editor's schema sees lists;
 * a level deeper than the one before goes into the previous item (or an empty one when there is none).
 */
export function buildNestedList(doc: Document, items: NestedListItem[]): Element {
  const root = createList(doc, items[0]!);
  const stack: { level: number; list: Element; lastItem: Element | null }[] = [];
  for (const item of items) {
    while (stack.length > 1 && stack[stack.length - 1]!.level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < item.level) {
      const list = top ? createList(doc, item) : root;
      if (top) {
        top.lastItem ??= top.list.appendChild(doc.createElement('li'));
        top.lastItem.appendChild(list);
      }
      top = { level: item.level, list, lastItem: null };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...item.content);
    li.appendChild(paragraph);
    top.list.appendChild(li);
    top.lastItem = li;
  }
  return root;
}
