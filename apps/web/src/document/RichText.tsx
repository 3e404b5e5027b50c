import { type RichTextDoc, type RichTextNode, richTextToPlain } from '@werkbank/concept';
import { RichTextView, useT } from '@werkbank/editor';
import { TableScroll } from './TableScroll.tsx';

interface RichTextProps {
  doc: RichTextDoc;
  /**
   * How far the body's headings move down: 2 makes a body's Überschrift 1 an `h3` under the chapter's `h2`.
   * `null` shows them as bold paragraphs, as the Word export does inside goals and measure sheets.
   */
  headingOffset: number | null;
}

/** A stored rich-text body in the document: its tables scroll inside themselves, named by their first row. */
export function RichText({ doc, headingOffset }: RichTextProps) {
  const t = useT();
  return (
    <RichTextView
      doc={doc}
      headingOffset={headingOffset}
      wrapTable={(table, node) => <TableScroll label={tableLabel(node, t)}>{table}</TableScroll>}
    />
  );
}

// A table in a text has no caption: its first row names it ("Tabelle: Jahr, Anzahl").
function tableLabel(table: RichTextNode, t: ReturnType<typeof useT>): string {
  const first = table.content?.[0];
  const cells = (first?.content ?? []).map((cell) =>
    richTextToPlain({ type: 'doc', content: cell.content ?? [] }),
  );
  return t('web.document.table', { columns: cells.filter(Boolean).join(', ').slice(0, 100) });
}
