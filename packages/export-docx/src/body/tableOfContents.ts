import { type FileChild, Paragraph, TableOfContents } from './model.ts';
import type { TocEntry } from './writeBody.ts';

const NUMBERED = /^Heading([123])$/;

function textOf(paragraph: Paragraph): string {
  const { text = '', children = [] } = paragraph.options;
  return (
    text +
    children
      .flatMap((child) => ('link' in child.options ? child.options.children : [child]))
      .map((run) => ('text' in run.options ? (run.options.text ?? '') : ''))
      .join('')
  );
}

/**
 * The entries of the table of contents, when the body has one: every heading up to its level gets a bookmark
 * (`_Toc1`, `_Toc2`, … in reading order) for the entry to link to, and the entry the number the outline list of
 * the heading styles gives it ("2", "2.1"); headings that switch that numbering off (Leitziel 1, M-07) get none.
 */
export function tableOfContents(blocks: readonly FileChild[]): TocEntry[] {
  const toc = blocks.find((block): block is TableOfContents => block instanceof TableOfContents);
  if (!toc) return [];
  const counters = [0, 0, 0];
  const entries: TocEntry[] = [];
  for (const block of blocks) {
    if (!(block instanceof Paragraph)) continue;
    const match = NUMBERED.exec(block.options.heading ?? '');
    if (!match) continue;
    const level = Number(match[1]);
    let number: string | undefined;
    if (block.options.outlineNumber !== undefined) number = block.options.outlineNumber;
    else if (block.options.numbering === undefined) {
      counters[level - 1] = (counters[level - 1] ?? 0) + 1;
      for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
      number = counters.slice(0, level).join('.');
    }
    if (level > toc.levels) continue;
    block.bookmark = `_Toc${entries.length + 1}`;
    entries.push({ level, number, text: textOf(block), bookmark: block.bookmark, page: undefined });
  }
  return entries;
}
