import { diffArrays } from 'diff';
import type { FormattingAspect } from './FormattingAspect.ts';
import type { RunFormat } from './RunFormat.ts';

/** A text with the format of each of its characters. */
export interface FormattedText {
  value: string;
  formats: readonly (RunFormat | null)[];
}

const ORDER: readonly FormattingAspect[] = [
  'heading',
  'list',
  'quote',
  'table',
  'paragraph',
  'bold',
  'italic',
  'underline',
  'strike',
  'link',
];
const MARKS = new Set<FormattingAspect>(['bold', 'italic', 'underline', 'strike']);

function blockAspects(before: string, after: string, found: Set<FormattingAspect>): void {
  if (before === after) return;
  const part = (block: string, pattern: RegExp) => block.match(pattern)?.join('>') ?? '';
  const checks: [FormattingAspect, RegExp][] = [
    ['heading', /heading\d/g],
    ['list', /bulletList|orderedList/g],
    ['quote', /blockquote/g],
    ['table', /tableHeader|tableCell/g],
  ];
  let named = false;
  for (const [aspect, pattern] of checks) {
    if (part(before, pattern) === part(after, pattern)) continue;
    found.add(aspect);
    named = true;
  }
  if (!named) found.add('paragraph');
}

function markAspects(
  before: readonly string[],
  after: readonly string[],
  found: Set<FormattingAspect>,
): void {
  const a = new Set(before);
  const b = new Set(after);
  for (const mark of [...a, ...b]) {
    if (a.has(mark) && b.has(mark)) continue;
    const name = mark.startsWith('link:') ? 'link' : (mark as FormattingAspect);
    found.add(MARKS.has(name) || name === 'link' ? name : 'paragraph');
  }
}

function compareAt(
  before: FormattedText,
  at: number,
  after: FormattedText,
  to: number,
  length: number,
  found: Set<FormattingAspect>,
): void {
  for (let i = 0; i < length; i++) {
    const x = before.formats[at + i];
    const y = after.formats[to + i];
    if (x === y || !x || !y || x.key === y.key) continue;
    blockAspects(x.block, y.block, found);
    markAspects(x.marks, y.marks, found);
  }
}

function words(text: string): { word: string; at: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
}

/**
 * How the formatting of the words that are in both texts changed (bold, a heading, a list …), in a fixed order;
 * empty when every word kept its format. Words added or removed are the word diff's business, not this.
 * @example formattingChanges(paragraph('Alle sind willkommen'), heading('Alle sind willkommen')) // ['heading']
 */
export function formattingChanges(before: FormattedText, after: FormattedText): FormattingAspect[] {
  const found = new Set<FormattingAspect>();
  if (before.value === after.value) compareAt(before, 0, after, 0, before.value.length, found);
  else {
    const a = words(before.value);
    const b = words(after.value);
    let i = 0;
    let j = 0;
    for (const part of diffArrays(
      a.map((w) => w.word),
      b.map((w) => w.word),
    )) {
      const count = part.value.length;
      if (part.added) j += count;
      else if (part.removed) i += count;
      else {
        for (let k = 0; k < count; k++) {
          const x = a[i + k];
          const y = b[j + k];
          if (x && y) compareAt(before, x.at, after, y.at, x.word.length, found);
        }
        i += count;
        j += count;
      }
    }
  }
  return ORDER.filter((aspect) => found.has(aspect));
}
