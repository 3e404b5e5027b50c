import { type FileChild, Paragraph, type ParagraphChild, Table, type TextRun } from '../body/model.ts';
import { tocNumberTabStop } from '../body/tocNumberTabStop.ts';
import type { TocEntry } from '../body/writeBody.ts';
import { listIndent } from '../listIndent.ts';
import { outlineIndent } from '../outlineIndent.ts';
import { type StyleMetrics, styleMetrics } from '../styleMetrics.ts';
import { countLines, type TextSegment } from './countLines.ts';
import type { LayoutBlock, ParagraphBox, RowBox, TableBox } from './LayoutBlock.ts';
import { textWidth } from './textWidth.ts';

// Arial's line (ascent, descent and line gap) is 2355/2048 em; one em of a half-point size is 10 twips.
const ARIAL_LINE = 2355 / 2048;
// Tables have 108 twips of cell margin left and right, and half-point borders between rows.
const CELL_MARGINS = 216;
const ROW_BORDER = 10;

// Most paragraphs carry no bookmark; they share this list, which nobody adds to.
const NO_BOOKMARKS: readonly string[] = Object.freeze([]);

function box(styleId: string, width: number, paragraph: Paragraph | undefined): ParagraphBox {
  const style = (styleMetrics[styleId] ?? styleMetrics.Normal) as StyleMetrics;
  const o = paragraph?.options ?? {};
  const headingLevel = styleId.startsWith('Heading') ? /^Heading([123])$/.exec(styleId) : null;
  let indent = o.indent?.left ?? style.indent ?? 0;
  if (o.numbering) indent = listIndent(o.numbering.level).left;
  else if ((o.numbering === undefined || o.outlineNumber !== undefined) && headingLevel)
    indent = outlineIndent(Number(headingLevel[1]) - 1).left;
  const right = styleId === 'Quote' ? (style.indent ?? 0) : 0;
  const available = Math.max(200, width - indent - right);
  // Tables are measured while they are built (to keep a sheet on one page) and again by the page estimate.
  let text = paragraph?.measured;
  if (text?.available !== available) {
    let size = style.size;
    const all = paragraph ? segmentsOf(paragraph, style) : [];
    for (const s of all) if (s.size > size) size = s.size;
    text = { available, lines: countLines(all, available), size };
    if (paragraph) paragraph.measured = text;
  }
  const { lines, size } = text;
  return {
    kind: 'paragraph',
    before: o.spacing?.before ?? style.before,
    after: o.spacing?.after ?? style.after,
    lines,
    // LibreOffice rounds the single line to twips and truncates the spaced one.
    lineHeight: Math.floor((Math.round(size * 10 * ARIAL_LINE) * style.line) / 240),
    keepNext: o.keepNext ?? style.keepNext ?? false,
    keepLines: o.keepLines ?? style.keepLines ?? false,
    pageBreakBefore: o.pageBreakBefore ?? false,
    bookmarks: paragraph?.bookmark ? [paragraph.bookmark] : NO_BOOKMARKS,
  };
}

function runSegment(run: TextRun, style: StyleMetrics): TextSegment {
  const { text, bold, break: lineBreak } = run.options;
  return { text: lineBreak ? '\n' : (text ?? ''), size: style.size, bold: bold ?? style.bold ?? false };
}

function segmentsOf(paragraph: Paragraph, style: StyleMetrics): TextSegment[] {
  const { text, children = [] } = paragraph.options;
  const segments: TextSegment[] = [];
  if (text !== undefined) segments.push({ text, size: style.size, bold: style.bold ?? false });
  for (const child of children as ParagraphChild[]) {
    if ('link' in child.options)
      for (const run of child.options.children) segments.push(runSegment(run, style));
    else segments.push(runSegment(child as TextRun, style));
  }
  return segments;
}

/** A paragraph measured at `width` twips with the styles of `styleMetrics`. */
export function measureParagraph(paragraph: Paragraph, width: number): ParagraphBox {
  return box(paragraph.styleId ?? 'Normal', width, paragraph);
}

/**
 * The entries of the table of contents as LibreOffice sets them: the number, a tab to its stop, the text, and the
 * page number at a right tab on the margin, so the text may run up to the page number (not a fixed room before it).
 * Entries without a page yet count with two digits.
 */
export function measureTocEntries(entries: readonly TocEntry[], width: number): ParagraphBox[] {
  return entries.map((entry) => {
    const styleId = `TOC${entry.level}`;
    const style = (styleMetrics[styleId] ?? styleMetrics.Normal) as StyleMetrics;
    const indent = style.indent ?? 0;
    const bold = style.bold ?? false;
    const numberEnd = entry.number ? indent + textWidth(entry.number, style.size, bold) : 0;
    const start = entry.number ? Math.max(tocNumberTabStop(entry), numberEnd) - indent : 0;
    const text = `${entry.text}\t${entry.page ?? '00'}`;
    const lines = countLines([{ text, size: style.size, bold }], width - indent, start);
    return { ...box(styleId, width, undefined), lines };
  });
}

/** A table measured row by row; a cell spanning rows counts in its first row. */
export function measureTable(table: Table): TableBox {
  const widths = table.options.columnWidths;
  const bookmarks: string[] = [];
  // Columns covered by cells spanning rows from above: column → its span and the rows it still covers.
  const covered = new Map<number, { span: number; rows: number }>();
  const rows = table.options.rows.map((row): RowBox => {
    let column = 0;
    let height = 0;
    let keepNext = true;
    const skipCovered = () => {
      for (let above = covered.get(column); above; above = covered.get(column)) {
        if (--above.rows === 0) covered.delete(column);
        column += above.span;
      }
    };
    for (const cell of row.options.children) {
      skipCovered();
      const span = cell.options.columnSpan ?? 1;
      const rowSpan = cell.options.rowSpan ?? 1;
      if (rowSpan > 1) covered.set(column, { span, rows: rowSpan - 1 });
      let width = -CELL_MARGINS;
      for (let i = column; i < column + span; i++) width += widths[i] ?? 0;
      column += span;
      const content = cellContent(cell.options.children, Math.max(200, width));
      bookmarks.push(...content.bookmarks);
      height = Math.max(height, content.height);
      keepNext &&= content.keepNext;
    }
    skipCovered();
    return {
      height: height + ROW_BORDER,
      header: row.options.tableHeader ?? false,
      cantSplit: row.options.cantSplit ?? false,
      keepNext,
    };
  });
  return { kind: 'table', rows, bookmarks };
}

function cellContent(
  blocks: readonly (Paragraph | Table)[],
  width: number,
): { height: number; keepNext: boolean; bookmarks: string[] } {
  let height = 0;
  let previousAfter = 0;
  let keepNext = true;
  const bookmarks: string[] = [];
  for (const block of blocks) {
    if (block instanceof Paragraph) {
      const p = measureParagraph(block, width);
      height += Math.max(previousAfter, p.before) + p.lines * p.lineHeight;
      previousAfter = p.after;
      keepNext &&= p.keepNext;
      bookmarks.push(...p.bookmarks);
    } else {
      const nested = measureTable(block);
      height += previousAfter + nested.rows.reduce((n, r) => n + r.height, 0);
      previousAfter = 0;
    }
  }
  return { height: height + previousAfter, keepNext, bookmarks };
}

/** The body's blocks as the paginator sees them, the table of contents as its entries. */
export function measureBlocks(
  blocks: readonly FileChild[],
  width: number,
  tocEntries: readonly TocEntry[],
): LayoutBlock[] {
  return blocks.flatMap((block): LayoutBlock[] => {
    if (block instanceof Paragraph) return [measureParagraph(block, width)];
    if (block instanceof Table) return [measureTable(block)];
    return measureTocEntries(tocEntries, width);
  });
}
