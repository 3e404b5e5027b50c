import type { LayoutBlock, ParagraphBox, TableBox } from './LayoutBlock.ts';

/** Where the blocks land: the page each bookmark starts on, and the number of pages. */
export interface Pagination {
  bookmarks: Map<string, number>;
  pageCount: number;
}

function tableHeight(table: TableBox): number {
  return table.rows.reduce((n, r) => n + r.height, 0);
}

// A table whose rows all keep with the next but the last is kept on one page, as a whole.
function keptTogether(table: TableBox): boolean {
  return table.rows.length > 0 && table.rows.slice(0, -1).every((r) => r.keepNext);
}

// LibreOffice keeps at least two lines of a paragraph together at the foot and at the head of a page.
const WIDOW = 2;

/** How many lines of a paragraph have to be on the page it starts on: all of a short or kept one, else two. */
function unsplit(p: ParagraphBox): number {
  return p.keepLines || p.lines < 2 * WIDOW ? p.lines : WIDOW;
}

/** The least of a block that has to be on the page of the blocks keeping with it. */
function leadHeight(block: LayoutBlock): number {
  if (block.kind === 'paragraph') return block.before + block.lineHeight * unsplit(block);
  if (keptTogether(block)) return tableHeight(block);
  const headers = block.rows.filter((r) => r.header);
  return headers.reduce((n, r) => n + r.height, 0) + (block.rows[headers.length]?.height ?? 0);
}

/**
 * Lays the blocks out on pages `pageHeight` twips tall, as LibreOffice does: space between paragraphs is the
 * larger of the one's after and the next's before (none at the top of a page the text flowed onto), lines and
 * unsplittable rows go to the next page when they do not fit, no page starts or ends with a lone line of a
 * paragraph, header rows repeat, and chains of keep-with-next blocks move to a new page together when they fit one.
 */
export function paginate(blocks: readonly LayoutBlock[], pageHeight: number): Pagination {
  const bookmarks = new Map<string, number>();
  let page = 1;
  let y = 0;
  let previousAfter = 0;
  // LibreOffice drops the space before a paragraph at the top of a page the text flowed onto, not after a break.
  let flowed = false;
  function newPage(): void {
    page++;
    y = 0;
    previousAfter = 0;
    flowed = true;
  }
  function mark(names: readonly string[]): void {
    for (const name of names) if (!bookmarks.has(name)) bookmarks.set(name, page);
  }
  function placeParagraph(p: ParagraphBox): void {
    if (p.pageBreakBefore && y > 0) {
      newPage();
      flowed = false;
    }
    let gap = y === 0 ? (flowed ? 0 : p.before) : Math.max(previousAfter, p.before);
    if (y > 0 && y + gap + unsplit(p) * p.lineHeight > pageHeight) {
      newPage();
      gap = 0;
    }
    y += gap;
    mark(p.bookmarks);
    let left = p.lines;
    while (left > 0) {
      let fit = Math.max(1, Math.floor((pageHeight - y) / p.lineHeight));
      // Widow control: a page never starts with the last line alone.
      if (fit < left && left - fit < WIDOW && left >= 2 * WIDOW) fit = left - WIDOW;
      const here = Math.min(left, fit);
      y += here * p.lineHeight;
      left -= here;
      if (left > 0) newPage();
    }
    previousAfter = p.after;
  }
  function placeTable(t: TableBox): void {
    const headers = t.rows.filter((r) => r.header);
    const repeat = headers.reduce((n, r) => n + r.height, 0);
    y += previousAfter;
    previousAfter = 0;
    if (keptTogether(t) && y > 0 && y + tableHeight(t) > pageHeight && tableHeight(t) <= pageHeight)
      newPage();
    mark(t.bookmarks);
    t.rows.forEach((row, index) => {
      if (y > 0 && y + row.height > pageHeight && (row.cantSplit || row.height <= pageHeight)) {
        newPage();
        if (!row.header && index >= headers.length) y += repeat;
      }
      y += row.height;
      while (y > pageHeight) {
        page++;
        y -= pageHeight;
      }
    });
  }
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph' && block.keepNext && !(index > 0 && keepsNext(blocks[index - 1]))) {
      let chain = 0;
      let next = index;
      while (next < blocks.length && keepsNext(blocks[next]))
        chain += fullHeight(blocks[next++] as LayoutBlock);
      if (next < blocks.length) chain += leadHeight(blocks[next] as LayoutBlock);
      if (y > 0 && y + chain > pageHeight && chain <= pageHeight && !block.pageBreakBefore) newPage();
    }
    if (block.kind === 'paragraph') placeParagraph(block);
    else placeTable(block);
  });
  return { bookmarks, pageCount: page };
}

function keepsNext(block: LayoutBlock | undefined): boolean {
  return block?.kind === 'paragraph' && block.keepNext;
}

function fullHeight(block: LayoutBlock): number {
  return block.kind === 'paragraph'
    ? block.before + block.lines * block.lineHeight + block.after
    : tableHeight(block);
}
