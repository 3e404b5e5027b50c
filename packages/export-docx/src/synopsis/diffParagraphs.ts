import type { DiffPart } from '@werkbank/concept';
import { Paragraph, TextRun } from 'docx';

/**
 * One side of a word diff as paragraphs (a new one at each line break): the old side keeps deletions, struck
 * through; the new side keeps insertions, underlined and bold; text both share stays plain.
 */
export function diffParagraphs(parts: readonly DiffPart[], side: 'old' | 'new', label?: string): Paragraph[] {
  const skip = side === 'old' ? 'added' : 'removed';
  const lines: TextRun[][] = [[]];
  if (label) lines[0]?.push(new TextRun({ text: `${label}: `, bold: true }));
  for (const part of parts) {
    if (part.kind === skip) continue;
    const marked = part.kind !== 'same';
    for (const [index, text] of part.text.split('\n').entries()) {
      if (index > 0) lines.push([]);
      if (text === '') continue;
      lines.at(-1)?.push(
        new TextRun({
          text,
          ...(marked && side === 'old' ? { strike: true } : {}),
          ...(marked && side === 'new' ? { underline: {}, bold: true } : {}),
        }),
      );
    }
  }
  return lines.map((children) => new Paragraph({ style: 'TableText', children }));
}
