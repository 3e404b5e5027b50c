import { outlineIndent } from '../outlineIndent.ts';
import {
  type FileChild,
  Paragraph,
  type ParagraphChild,
  type ParagraphNumbering,
  Table,
  type TableCell,
  type TableOfContents,
  type TextRun,
} from './model.ts';
import { tocNumberTabStop as numberTabStop } from './tocNumberTabStop.ts';

/** One line of the table of contents: a heading's level, outline number, text, bookmark and page. */
export interface TocEntry {
  level: number;
  number: string | undefined;
  text: string;
  bookmark: string;
  /** The page, when the pages were laid out; Word fills in the rest when it updates the field. */
  page: string | undefined;
}

/** What the body refers to outside itself: list instances and link relationships of the package. */
export interface BodyReferences {
  /** The `w:numId` of a paragraph's list. */
  numId(numbering: ParagraphNumbering): number;
  /** The relationship id of an external link. */
  linkId(href: string): string;
  /** The entries the table of contents shows. */
  tocEntries: readonly TocEntry[];
  /** Right edge of the text column, where the page numbers of the table of contents stand, in twips. */
  tocRightTab: number;
}

const MARKUP = /[&<>"]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// XML 1.0 has no place for control characters other than tab and line ends, nor for U+FFFE and U+FFFF.
function isXmlChar(code: number): boolean {
  return code >= 32 ? code !== 0xfffe && code !== 0xffff : code === 9 || code === 10 || code === 13;
}

/** Text for element content and attribute values; characters XML cannot hold are dropped, not left to break the file. */
export function escapeXml(text: string): string {
  let clean = text;
  for (let i = 0; i < text.length; i++) {
    if (!isXmlChar(text.charCodeAt(i))) {
      clean = [...text].filter((c) => isXmlChar(c.charCodeAt(0))).join('');
      break;
    }
  }
  return MARKUP.test(clean) ? clean.replace(/[&<>"]/g, (c) => ESCAPES[c] as string) : clean;
}

// Space at either end or runs of spaces would be collapsed by XML readers unless the text says to keep it.
const SPACE_TO_KEEP = /^\s|\s$|\s\s|[\t\n\r]/;

/** A `w:t`, keeping its spaces where that needs saying (most runs have none to keep, which saves a tenth of the file). */
function textXml(text: string): string {
  const escaped = escapeXml(text);
  return SPACE_TO_KEEP.test(text) ? `<w:t xml:space="preserve">${escaped}</w:t>` : `<w:t>${escaped}</w:t>`;
}

const BOLD = '<w:b/><w:bCs/>';
const ITALIC = '<w:i/><w:iCs/>';

function runXml({ options: o }: TextRun): string {
  let rPr = '';
  if (o.style) rPr += `<w:rStyle w:val="${escapeXml(o.style)}"/>`;
  if (o.bold) rPr += BOLD;
  if (o.italics) rPr += ITALIC;
  if (o.strike) rPr += '<w:strike/>';
  if (o.underline) rPr += '<w:u w:val="single"/>';
  const props = rPr ? `<w:rPr>${rPr}</w:rPr>` : '';
  const content = o.break ? '<w:br/>' : textXml(o.text ?? '');
  return `<w:r>${props}${content}</w:r>`;
}

function childXml(child: ParagraphChild, refs: BodyReferences): string {
  if ('link' in child.options) {
    const runs = child.options.children.map(runXml).join('');
    return `<w:hyperlink w:history="1" r:id="${refs.linkId(child.options.link)}">${runs}</w:hyperlink>`;
  }
  return runXml(child as TextRun);
}

// Heading1–3 stand at outline levels 0–2.
function outlineLevel(style: string | undefined): number {
  const level = Number(/^Heading([123])$/.exec(style ?? '')?.[1] ?? 1);
  return level - 1;
}

function paragraphXml(paragraph: Paragraph, refs: BodyReferences): string {
  const o = paragraph.options;
  let pPr = '';
  const style = paragraph.styleId;
  if (style) pPr += `<w:pStyle w:val="${escapeXml(style)}"/>`;
  if (o.keepNext) pPr += '<w:keepNext/>';
  else if (o.keepNext === false) pPr += '<w:keepNext w:val="0"/>';
  if (o.keepLines) pPr += '<w:keepLines/>';
  if (o.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  const outline = o.outlineNumber === undefined ? undefined : outlineIndent(outlineLevel(style));
  if (o.numbering === false || outline) pPr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
  else if (o.numbering) {
    const numId = refs.numId(o.numbering);
    pPr += `<w:numPr><w:ilvl w:val="${o.numbering.level}"/><w:numId w:val="${numId}"/></w:numPr>`;
  }
  if (o.border) {
    const b = o.border.bottom;
    pPr += `<w:pBdr><w:bottom w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}" w:space="${b.space}"/></w:pBdr>`;
  }
  if (o.hyphenate) pPr += '<w:suppressAutoHyphens w:val="0"/>';
  if (o.spacing) {
    const { before, after } = o.spacing;
    pPr += `<w:spacing${before === undefined ? '' : ` w:before="${before}"`}${after === undefined ? '' : ` w:after="${after}"`}/>`;
  }
  if (outline) pPr += `<w:tabs><w:tab w:val="left" w:pos="${outline.left}"/></w:tabs>`;
  const indent = outline ?? o.indent;
  if (indent) {
    const { left, hanging } = indent;
    pPr += `<w:ind${left === undefined ? '' : ` w:left="${left}"`}${hanging === undefined ? '' : ` w:hanging="${hanging}"`}/>`;
  }
  let content = outline ? `<w:r>${textXml(o.outlineNumber ?? '')}<w:tab/></w:r>` : '';
  if (o.text !== undefined) content += runXml({ options: { text: o.text } } as TextRun);
  for (const child of o.children ?? []) content += childXml(child, refs);
  if (paragraph.bookmark) {
    const id = paragraph.bookmark.replace(/\D/g, '');
    content = `<w:bookmarkStart w:name="${paragraph.bookmark}" w:id="${id}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

const TABLE_BORDERS =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`)
    .join('') +
  '</w:tblBorders>';

function cellXml(cell: TableCell, width: number, merge: 'restart' | 'continue' | null, refs: BodyReferences) {
  const { columnSpan = 1, shading } = cell.options;
  let tcPr = `<w:tcW w:type="dxa" w:w="${width}"/>`;
  if (columnSpan > 1) tcPr += `<w:gridSpan w:val="${columnSpan}"/>`;
  if (merge) tcPr += `<w:vMerge w:val="${merge}"/>`;
  if (shading) tcPr += `<w:shd w:fill="${shading.fill}" w:color="${shading.color}" w:val="${shading.type}"/>`;
  const content = merge === 'continue' ? continueParagraph(cell) : blocksXml(cell.options.children, refs);
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
}

// The empty paragraph of a cell covered from above keeps with the next as the covering cell does, so a table
// kept together (a measure sheet) stays so.
function continueParagraph(cell: TableCell): string {
  const paragraphs = cell.options.children.filter((b) => b instanceof Paragraph);
  const kept = paragraphs.length > 0 && paragraphs.every((p) => p.options.keepNext);
  return kept ? '<w:p><w:pPr><w:keepNext/></w:pPr></w:p>' : '<w:p/>';
}

/**
 * A table with its grid. A cell spanning rows is written as Word wants it: the cell with `vMerge="restart"`,
 * and in each row below an empty cell in its columns with `vMerge="continue"`.
 */
function tableXml(table: Table, refs: BodyReferences): string {
  const widths = table.options.columnWidths;
  const total = widths.reduce((a, b) => a + b, 0);
  let xml = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${TABLE_BORDERS}</w:tblPr><w:tblGrid>`;
  for (const w of widths) xml += `<w:gridCol w:w="${w}"/>`;
  xml += '</w:tblGrid>';
  const spanWidth = (from: number, span: number) => {
    let w = 0;
    for (let i = from; i < from + span; i++) w += widths[i] ?? 0;
    return w;
  };
  // Columns covered by cells spanning rows from above: column → the cell and the rows it still covers.
  const covered = new Map<number, { cell: TableCell; rows: number }>();
  for (const row of table.options.rows) {
    const { tableHeader, cantSplit } = row.options;
    const trPr = `${cantSplit ? '<w:cantSplit/>' : ''}${tableHeader ? '<w:tblHeader/>' : ''}`;
    xml += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
    let column = 0;
    const continueCovered = () => {
      for (let above = covered.get(column); above; above = covered.get(column)) {
        const span = above.cell.options.columnSpan ?? 1;
        xml += cellXml(above.cell, spanWidth(column, span), 'continue', refs);
        if (--above.rows === 0) covered.delete(column);
        column += span;
      }
    };
    for (const cell of row.options.children) {
      continueCovered();
      const span = cell.options.columnSpan ?? 1;
      const rowSpan = cell.options.rowSpan ?? 1;
      xml += cellXml(cell, spanWidth(column, span), rowSpan > 1 ? 'restart' : null, refs);
      if (rowSpan > 1) covered.set(column, { cell, rows: rowSpan - 1 });
      column += span;
    }
    continueCovered();
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}

function tocXml(toc: TableOfContents, refs: BodyReferences): string {
  const instruction = `TOC \\h \\o &quot;1-${toc.levels}&quot;`;
  // Without page numbers the field is marked dirty, so Word updates it when it opens the document.
  const dirty = refs.tocEntries.some((entry) => entry.page === undefined) ? ' w:dirty="true"' : '';
  const begin = `<w:r><w:fldChar w:fldCharType="begin"${dirty}/><w:instrText xml:space="preserve">${instruction}</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`;
  const entries = refs.tocEntries.map((entry, index) => {
    const numberTab = entry.number ? `<w:tab w:val="left" w:pos="${numberTabStop(entry)}"/>` : '';
    const tabs = `<w:tabs>${numberTab}<w:tab w:val="right" w:pos="${refs.tocRightTab}" w:leader="dot"/></w:tabs>`;
    const number = entry.number
      ? `<w:r><w:t xml:space="preserve">${entry.number}</w:t></w:r><w:r><w:tab/></w:r>`
      : '';
    const page = `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText><w:fldChar w:fldCharType="separate"/>${entry.page === undefined ? '' : `<w:t xml:space="preserve">${entry.page}</w:t>`}<w:fldChar w:fldCharType="end"/></w:r>`;
    const link = `<w:hyperlink w:history="1" w:anchor="${entry.bookmark}">${number}<w:r>${textXml(entry.text)}</w:r><w:r><w:tab/></w:r>${page}</w:hyperlink>`;
    return `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/>${tabs}</w:pPr>${index === 0 ? begin : ''}${link}</w:p>`;
  });
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const content = entries.length > 0 ? `${entries.join('')}<w:p>${end}</w:p>` : `<w:p>${begin}${end}</w:p>`;
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(toc.title)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

function blocksXml(blocks: readonly FileChild[], refs: BodyReferences): string {
  let xml = '';
  for (const block of blocks) {
    if (block instanceof Paragraph) xml += paragraphXml(block, refs);
    else if (block instanceof Table) xml += tableXml(block, refs);
    else xml += tocXml(block, refs);
  }
  return xml;
}

/** The body's blocks as WordprocessingML, to stand in `w:body` before the section properties. */
export function writeBody(blocks: readonly FileChild[], refs: BodyReferences): string {
  return blocksXml(blocks, refs);
}
