import type { RichTextDoc } from '@werkbank/concept';
import { blocksToDocx } from './blocksToDocx.ts';
import type { Paragraph, Table } from './body/model.ts';
import type { RichTextOptions } from './RichTextOptions.ts';

/**
 * A rich-text body (ProseMirror JSON of the concept schema) as docx blocks: headings shifted below the part's own
 * heading, marks, links, nested bullet and numbered lists, tables with header rows, block quotes.
 * @example richTextToDocx(chapter.body, { headingBase: 1, nextListInstance })
 */
export function richTextToDocx(
  doc: Pick<RichTextDoc, 'content'>,
  options: RichTextOptions,
): (Paragraph | Table)[] {
  return blocksToDocx(doc.content, options);
}
