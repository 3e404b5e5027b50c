import { describe, expect, it } from 'vitest';
import type { LayoutBlock, ParagraphBox, RowBox, TableBox } from './LayoutBlock.ts';
import { paginate } from './paginate.ts';

function p(lines: number, options: Partial<ParagraphBox> = {}): ParagraphBox {
  return {
    kind: 'paragraph',
    before: 0,
    after: 0,
    lines,
    lineHeight: 100,
    keepNext: false,
    keepLines: false,
    pageBreakBefore: false,
    bookmarks: [],
    ...options,
  };
}

function table(rows: Partial<RowBox>[], bookmarks: string[] = []): TableBox {
  return {
    kind: 'table',
    rows: rows.map((r) => ({ height: 100, header: false, cantSplit: true, keepNext: false, ...r })),
    bookmarks,
  };
}

function pageOf(blocks: LayoutBlock[], name: string, height = 1000): number | undefined {
  return paginate(blocks, height).bookmarks.get(name);
}

describe('paginate', () => {
  it('fills a page line by line and counts the pages', () => {
    expect(paginate([p(25)], 1000).pageCount).toBe(3);
    expect(pageOf([p(10), p(1, { bookmarks: ['x'] })], 'x')).toBe(2);
  });

  it('takes the larger of space after and space before between paragraphs, none after a page flowed over', () => {
    expect(pageOf([p(8, { after: 100 }), p(1, { before: 50, bookmarks: ['x'] })], 'x')).toBe(1);
    expect(pageOf([p(8, { after: 50 }), p(1, { before: 150, bookmarks: ['x'] })], 'x')).toBe(2);
    expect(pageOf([p(10), p(9, { before: 100 }), p(1, { bookmarks: ['x'] })], 'x')).toBe(2);
  });

  it('starts a page at a page break, keeping the space before there', () => {
    expect(pageOf([p(1), p(1, { pageBreakBefore: true, bookmarks: ['x'] })], 'x')).toBe(2);
    expect(
      pageOf([p(1), p(9, { pageBreakBefore: true, before: 100 }), p(1, { bookmarks: ['x'] })], 'x'),
    ).toBe(3);
  });

  it('never leaves a lone first or last line of a paragraph on a page', () => {
    expect(pageOf([p(9), p(3, { bookmarks: ['x'] })], 'x')).toBe(2);
    expect(pageOf([p(8), p(3, { bookmarks: ['x'] }), p(1, { bookmarks: ['y'] })], 'y')).toBe(2);
    const blocks = [p(7), p(4), p(1, { bookmarks: ['after'] })];
    expect(pageOf(blocks, 'after')).toBe(2);
  });

  it('moves a heading to the next page with the start of what it keeps with', () => {
    const heading = p(1, { keepNext: true, keepLines: true, bookmarks: ['h'] });
    expect(pageOf([p(8), heading, p(1)], 'h')).toBe(1);
    expect(pageOf([p(9), heading, p(1)], 'h')).toBe(2);
    expect(pageOf([p(7), heading, table([{ header: true }, {}])], 'h')).toBe(1);
    expect(pageOf([p(8), heading, table([{ header: true }, {}])], 'h')).toBe(2);
  });

  it('keeps a table whose rows keep with the next on one page, and repeats header rows', () => {
    const sheet = table([{ keepNext: true }, { keepNext: true }, {}], ['t']);
    expect(pageOf([p(8), sheet], 't')).toBe(2);
    const long = table([{ header: true }, ...Array.from({ length: 15 }, () => ({}))]);
    expect(paginate([long, p(1, { bookmarks: ['x'] })], 1000).bookmarks.get('x')).toBe(2);
    expect(paginate([long, p(4, { bookmarks: ['x'] })], 1000).pageCount).toBe(3);
  });
});
