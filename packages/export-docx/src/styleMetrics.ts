/** Size, weight and spacing of one paragraph style, in half-points and twips; `line` in 240ths of a line. */
export interface StyleMetrics {
  size: number;
  bold?: boolean;
  before: number;
  after: number;
  line: number;
  keepNext?: boolean;
  keepLines?: boolean;
  indent?: number;
}

const body = { size: 22, before: 0, after: 120, line: 276 };
const headingBase = { bold: true, after: 120, line: 276, keepNext: true, keepLines: true };

/**
 * The metrics of the document's paragraph styles: `documentStyles` writes them, and the page estimator lays the
 * pages out with the same numbers. TOC1/TOC2 are docx's own.
 */
export const styleMetrics: Record<string, StyleMetrics> = {
  Normal: body,
  Title: { ...body, size: 48, bold: true, after: 240 },
  Subtitle: { ...body, size: 32, after: 480 },
  Heading1: { ...headingBase, size: 32, before: 0 },
  Heading2: { ...headingBase, size: 26, before: 240 },
  Heading3: { ...headingBase, size: 23, before: 200 },
  Heading4: { ...headingBase, size: 22, before: 160 },
  Heading5: { ...headingBase, size: 22, before: 120 },
  TOCHeading: { ...body, size: 32, bold: true, after: 240 },
  Quote: { ...body, indent: 567 },
  TableText: { size: 18, before: 20, after: 20, line: 240 },
  TableLabel: { size: 18, bold: true, before: 20, after: 20, line: 240 },
  Header: { ...body, size: 16, after: 0 },
  EmptyMarker: body,
  ListParagraph: { ...body, after: 60 },
  TOC1: { ...body, after: 100 },
  TOC2: { ...body, after: 100, indent: 220 },
};
