import { listIndent } from '../listIndent.ts';
import { outlineIndent } from '../outlineIndent.ts';
import { type StyleMetrics, styleMetrics } from '../styleMetrics.ts';
import { countLines, type TextSegment } from './countLines.ts';
import type { ParagraphBox } from './LayoutBlock.ts';
import { type XmlElement, xml } from './xml.ts';

// Arial's line (ascent, descent and line gap) is 2355/2048 em; one em of a half-point size is 10 twips.
const ARIAL_LINE = 2355 / 2048;
// Room a table of contents entry leaves for the dot leader and its page number.
const TOC_PAGE_ROOM = 700;

function isOn(element: XmlElement | undefined): boolean {
  return (
    element !== undefined && xml.attr(element, 'w:val') !== false && xml.attr(element, 'w:val') !== 'off'
  );
}

function numberAttr(element: XmlElement | undefined, name: string): number | undefined {
  const value = xml.attr(element, name);
  return value === undefined ? undefined : Number(value);
}

/** A paragraph of docx's prepared XML measured at `width` twips, with the styles of `styleMetrics`. */
export function readParagraph(paragraph: XmlElement, width: number): ParagraphBox {
  const pPr = xml.child(paragraph, 'w:pPr');
  const styleId = String(xml.attr(xml.child(pPr, 'w:pStyle'), 'w:val') ?? 'Normal');
  const style = (styleMetrics[styleId] ?? styleMetrics.Normal) as StyleMetrics;
  const spacing = xml.child(pPr, 'w:spacing');
  const ind = xml.child(pPr, 'w:ind');
  const numId = numberAttr(xml.child(xml.child(pPr, 'w:numPr'), 'w:numId'), 'w:val');
  const level = numberAttr(xml.child(xml.child(pPr, 'w:numPr'), 'w:ilvl'), 'w:val') ?? 0;
  const headingLevel = /^Heading([123])$/.exec(styleId);
  let indent = numberAttr(ind, 'w:left') ?? numberAttr(ind, 'w:start') ?? style.indent ?? 0;
  if (numId !== undefined && numId !== 0) indent = listIndent(level).left;
  else if (numId === undefined && headingLevel) indent = outlineIndent(Number(headingLevel[1]) - 1).left;
  const right = numberAttr(ind, 'w:right') ?? (styleId === 'Quote' ? (style.indent ?? 0) : 0);
  const segments = segmentsOf(paragraph, style);
  const available = Math.max(200, width - indent - right - (styleId.startsWith('TOC') ? TOC_PAGE_ROOM : 0));
  const size = Math.max(style.size, ...segments.map((s) => s.size));
  const line = numberAttr(spacing, 'w:line') ?? style.line;
  return {
    kind: 'paragraph',
    before: numberAttr(spacing, 'w:before') ?? style.before,
    after: numberAttr(spacing, 'w:after') ?? style.after,
    lines: countLines(segments, available),
    // LibreOffice rounds the single line to twips and truncates the spaced one.
    lineHeight: Math.floor((Math.round(size * 10 * ARIAL_LINE) * line) / 240),
    keepNext: xml.child(pPr, 'w:keepNext') ? isOn(xml.child(pPr, 'w:keepNext')) : (style.keepNext ?? false),
    keepLines: xml.child(pPr, 'w:keepLines')
      ? isOn(xml.child(pPr, 'w:keepLines'))
      : (style.keepLines ?? false),
    pageBreakBefore: isOn(xml.child(pPr, 'w:pageBreakBefore')),
    bookmarks: xml.children(paragraph, 'w:bookmarkStart').map((b) => String(xml.attr(b, 'w:name'))),
  };
}

function segmentsOf(paragraph: XmlElement, style: StyleMetrics): TextSegment[] {
  const segments: TextSegment[] = [];
  function addRun(run: XmlElement): void {
    const rPr = xml.child(run, 'w:rPr');
    const size = numberAttr(xml.child(rPr, 'w:sz'), 'w:val') ?? style.size;
    const b = xml.child(rPr, 'w:b');
    const bold = b ? isOn(b) : (style.bold ?? false);
    for (const c of xml.children(run)) {
      if ('w:t' in c) segments.push({ text: xml.text(c), size, bold });
      else if ('w:br' in c) segments.push({ text: '\n', size, bold });
      else if ('w:tab' in c) segments.push({ text: ' ', size, bold });
    }
  }
  for (const c of xml.children(paragraph)) {
    if ('w:r' in c) addRun(c);
    else if ('w:hyperlink' in c) for (const run of xml.children(c, 'w:r')) addRun(run);
  }
  return segments;
}
