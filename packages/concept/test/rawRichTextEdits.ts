import * as Y from 'yjs';
import type { SampleRandom } from '../src/sample/sampleRandom.ts';
import { rawItem, rawString, rawValue } from './rawValues.ts';

const NODE_NAMES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'hardBreak',
  'horizontalRule',
  'table',
  'tableRow',
  'tableCell',
  'tableHeader',
  'doc',
  'text',
  'image',
  'script',
];
const ATTRIBUTE_NAMES = [
  'level',
  'start',
  'type',
  'colspan',
  'rowspan',
  'colwidth',
  'align',
  'href',
  'ychange',
];
const MARK_NAMES = [
  'bold',
  'italic',
  'link',
  'strike',
  'underline',
  'code',
  'bold--AAAAAAAA',
  'ychange',
  'x',
];

type Container = Y.XmlFragment | Y.XmlElement;

// Not Yjs's tree walker: it fails on content that is neither an element nor text, which these edits insert.
function descendants(parent: Container): unknown[] {
  return parent
    .toArray()
    .flatMap((child) => [child, ...(child instanceof Y.XmlElement ? descendants(child) : [])]);
}

function containers(fragment: Y.XmlFragment): Container[] {
  return [fragment, ...descendants(fragment).filter((c): c is Y.XmlElement => c instanceof Y.XmlElement)];
}

function texts(fragment: Y.XmlFragment): Y.XmlText[] {
  return descendants(fragment).filter((c): c is Y.XmlText => c instanceof Y.XmlText);
}

function markValue(r: SampleRandom, ids: readonly string[]): unknown {
  switch (r.int(0, 4)) {
    case 0:
      return {};
    case 1:
      return { href: r.pick(['https://example.org', 'javascript:alert(1)', '']) };
    case 2:
      return {
        href: 'https://example.org',
        target: '_blank',
        rel: 'noopener noreferrer nofollow',
        class: null,
        title: null,
      };
    default:
      // Formats are encoded as JSON (no bigint, no undefined at the top).
      return JSON.parse(
        JSON.stringify(rawValue(r, ids, 1), (_, v) => (typeof v === 'bigint' ? 1 : v)) ?? 'null',
      );
  }
}

function rawText(r: SampleRandom, ids: readonly string[]): Y.XmlText {
  const text = new Y.XmlText();
  const marks = r.next() < 0.4 ? { [r.pick(MARK_NAMES)]: markValue(r, ids) } : {};
  text.insert(0, r.next() < 0.8 ? `Text ${r.int(0, 99)}` : rawString(r) || 'leer', marks);
  return text;
}

function rawElement(r: SampleRandom, ids: readonly string[]): Y.XmlElement {
  const element = new Y.XmlElement(r.pick(NODE_NAMES));
  for (let i = r.int(0, 2); i > 0; i--)
    element.setAttribute(r.pick(ATTRIBUTE_NAMES), rawValue(r, ids, 1) as string);
  if (r.next() < 0.6) element.insert(0, [r.next() < 0.7 ? rawText(r, ids) : rawElement(r, ids)]);
  return element;
}

function breakList(fragment: Y.XmlFragment, r: SampleRandom): void {
  const lists = containers(fragment).filter(
    (c): c is Y.XmlElement => c instanceof Y.XmlElement && /List$/.test(c.nodeName),
  );
  const list = lists.length > 0 ? r.pick(lists) : null;
  if (!list) return;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Punkt ohne Listeneintrag')]);
  // A paragraph straight in the list, or a list straight in the list (no list item around either).
  const stray = r.next() < 0.5 ? paragraph : new Y.XmlElement(r.pick(['bulletList', 'orderedList']));
  if (stray !== paragraph) stray.insert(0, [paragraph]);
  list.insert(r.int(0, list.length), [stray]);
}

/** One raw change inside a rich-text fragment: foreign nodes, attributes, marks, broken lists, huge text. */
export function rawRichTextEdit(fragment: Y.XmlFragment, r: SampleRandom, ids: readonly string[]): void {
  const parent = r.pick(containers(fragment));
  const at = r.int(0, parent.length);
  switch (r.int(0, 8)) {
    case 0:
    case 1:
      parent.insert(at, [rawElement(r, ids)]);
      return;
    case 2:
      parent.insert(at, [rawText(r, ids)]);
      return;
    case 3:
      if (parent instanceof Y.XmlElement)
        parent.setAttribute(r.pick(ATTRIBUTE_NAMES), rawValue(r, ids, 1) as string);
      return;
    case 4:
      breakList(fragment, r);
      return;
    case 5: {
      const found = texts(fragment);
      const text = found.length > 0 ? r.pick(found) : rawText(r, ids);
      if (!text.doc) parent.insert(at, [text]);
      const where = r.int(0, text.length);
      if (r.next() < 0.3) text.insertEmbed(where, { image: 'x' });
      else
        text.insert(
          where,
          rawString(r) || 'x',
          r.next() < 0.5 ? { [r.pick(MARK_NAMES)]: markValue(r, ids) } : {},
        );
      return;
    }
    case 6:
      // Content that is neither an element nor text, as a plain Y.Array insert would leave it.
      (parent as unknown as Y.Array<unknown>).insert(at, [r.next() < 0.5 ? rawItem(r, ids) : new Y.Map()]);
      return;
    case 7:
      if (parent.length > 0) parent.delete(r.int(0, parent.length - 1), 1);
      return;
    default:
      if (parent.length > 0) parent.insert(at, [new Y.XmlText('x'.repeat(r.int(50_000, 150_000)))]);
  }
}
