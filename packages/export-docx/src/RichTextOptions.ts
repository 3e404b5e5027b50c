/** How rich text is turned into docx blocks where it appears. */
export interface RichTextOptions {
  /** Heading level of the part the text is in: a text heading of level n becomes Heading(base + n), up to 5; null: bold paragraphs. */
  headingBase: number | null;
  /** A fresh list instance, so every list counts from its own start. */
  nextListInstance: () => number;
  /** Paragraph style of running text (`Quote` in a block quote, `TableText` in a table). */
  style?: string;
  /** Whether runs are bold (header cells). */
  bold?: boolean;
  /** Width available to tables, in twips. */
  width?: number;
}
