import type { NumberingDefinition } from 'docx';

/**
 * The blocks of the document body, as the parts build them. They mirror the few docx classes the export used
 * (same names, same option names, a strict subset of the options), but are plain records: `writeBody` turns
 * them into WordprocessingML in one pass and `measureBlocks` lays them out for the table of contents. docx
 * itself still writes everything around the body (styles, lists, header and footer, properties, package).
 */

/** Options of a run of text: the marks the concept's rich text has, a character style, or a line break. */
export interface TextRunOptions {
  text?: string;
  bold?: boolean;
  italics?: boolean;
  underline?: Record<string, never>;
  strike?: boolean;
  /** A character style, e.g. 'Hyperlink'. */
  style?: string;
  /** A line break instead of text. */
  break?: 1;
}

export class TextRun {
  readonly options: TextRunOptions;
  constructor(options: TextRunOptions | string) {
    this.options = typeof options === 'string' ? { text: options } : options;
  }
}

/** A link to a web or mail address, written with a relationship of the document. */
export class ExternalHyperlink {
  constructor(readonly options: { link: string; children: TextRun[] }) {}
}

export type ParagraphChild = TextRun | ExternalHyperlink;

/** The paragraph styles of Word's headings, by level. */
export const HeadingLevel = {
  HEADING_1: 'Heading1',
  HEADING_2: 'Heading2',
  HEADING_3: 'Heading3',
  HEADING_4: 'Heading4',
  HEADING_5: 'Heading5',
} as const;

export type HeadingStyle = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/** A list a paragraph is in: a definition by reference (or its own), the level, and which list of it. */
export interface ParagraphNumbering {
  reference: string | NumberingDefinition;
  level: number;
  instance: number;
}

export interface ParagraphOptions {
  style?: string;
  /** A heading style; it takes the place of `style`. */
  heading?: HeadingStyle;
  /** Plain text, as a single run; `children` add runs after it. */
  text?: string;
  children?: ParagraphChild[];
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** The list the paragraph is in, or `false` to switch off the numbering its style brings. */
  numbering?: ParagraphNumbering | false;
  /**
   * A heading's number given by the document ("9", "7.1"), written before its text where the outline numbering
   * would stand, which it replaces: the chapters keep the numbers the app gives them (`chapterNumbers`).
   */
  outlineNumber?: string;
  indent?: { left?: number; hanging?: number };
  spacing?: { before?: number; after?: number };
  /**
   * Lets Word and LibreOffice hyphenate the paragraph (the document hyphenates nowhere else, so pages come out as
   * the page estimate lays them out): for a word wider than its table column, which would otherwise break anywhere.
   */
  hyphenate?: boolean;
  /** A rule under the paragraph (horizontal rule). */
  border?: { bottom: { style: string; size: number; color: string; space: number } };
}

export class Paragraph {
  readonly options: ParagraphOptions;
  /** The bookmark the table of contents links to, given to headings before the body is written. */
  bookmark?: string;
  /**
   * The page estimate's measure of the text at a width (see `measureBlocks`); kept here, as a table is measured
   * while it is built and again for the table of contents, and only keepNext changes in between.
   */
  measured?: { available: number; lines: number; size: number } = undefined;
  constructor(options: ParagraphOptions | string) {
    this.options = typeof options === 'string' ? { text: options } : options;
  }

  /** The paragraph style in effect: a heading's, the given one, or Word's list paragraph for list items. */
  get styleId(): string | undefined {
    const { heading, style, numbering } = this.options;
    return heading ?? style ?? (numbering ? 'ListParagraph' : undefined);
  }
}

/** Cell shading: a solid fill. */
export interface CellShading {
  type: 'clear';
  fill: string;
  color: string;
}

export interface TableCellOptions {
  children: (Paragraph | Table)[];
  columnSpan?: number;
  rowSpan?: number;
  shading?: CellShading;
}

export class TableCell {
  constructor(readonly options: TableCellOptions) {}
}

export interface TableRowOptions {
  children: TableCell[];
  /** A header row: Word repeats it on every page and screen readers announce it. */
  tableHeader?: boolean;
  cantSplit?: boolean;
}

export class TableRow {
  constructor(readonly options: TableRowOptions) {}
}

export interface TableOptions {
  rows: TableRow[];
  /** Width of each grid column, in twips. */
  columnWidths: number[];
}

export class Table {
  constructor(readonly options: TableOptions) {}
}

/** The table of contents over Heading 1 to `levels`, written as a Word TOC field with its entries. */
export class TableOfContents {
  constructor(
    readonly title: string,
    readonly levels: 1 | 2 | 3 = 2,
  ) {}
}

/** A block of the body. */
export type FileChild = Paragraph | Table | TableOfContents;
