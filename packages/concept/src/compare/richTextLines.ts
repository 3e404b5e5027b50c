import type { RichTextDoc } from '../json/richTextSchema.ts';
import { richTextRuns } from './richTextRuns.ts';

/**
 * A rich-text body as plain text, one line per paragraph, heading, list item or table row, for comparing versions
 * word by word. Empty paragraphs are left out.
 */
export function richTextLines(doc: RichTextDoc): string {
  return richTextRuns(doc).text;
}
