import { type ChangeObject, diffLines, diffWords } from 'diff';
import type { DiffPart } from './DiffPart.ts';

/**
 * The difference between two texts as runs in reading order: word by word (jsdiff's `diffWords`), or line by line
 * for lists, where each line is one item that is there or not.
 * @example diffText('Ein offener Kreis', 'Ein vielfältiger Kreis')
 * // [{ kind: 'same', text: 'Ein ' }, { kind: 'removed', text: 'offener' }, { kind: 'added', text: 'vielfältiger' }, { kind: 'same', text: ' Kreis' }]
 */
export function diffText(before: string, after: string, by: 'words' | 'lines' = 'words'): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  if (!before) return [{ kind: 'added', text: after }];
  if (!after) return [{ kind: 'removed', text: before }];
  if (by === 'words') return diffWords(before, after).map(part);
  // Every line ends in a newline, so that a last line is the same line as it was before something followed it.
  const parts = diffLines(`${before}\n`, `${after}\n`).map(part);
  const last = parts.at(-1);
  if (last) last.text = last.text.replace(/\n$/, '');
  return parts;
}

function part(change: ChangeObject<string>): DiffPart {
  return { kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value };
}
