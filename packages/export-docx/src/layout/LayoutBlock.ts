/** A paragraph measured for pagination, in twips. */
export interface ParagraphBox {
  kind: 'paragraph';
  before: number;
  after: number;
  lines: number;
  lineHeight: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  bookmarks: readonly string[];
}

/** A table row measured for pagination, in twips. */
export interface RowBox {
  height: number;
  header: boolean;
  cantSplit: boolean;
  keepNext: boolean;
}

/** A table measured for pagination. */
export interface TableBox {
  kind: 'table';
  rows: RowBox[];
  bookmarks: readonly string[];
}

/** A block of the body as the page estimator sees it. */
export type LayoutBlock = ParagraphBox | TableBox;
