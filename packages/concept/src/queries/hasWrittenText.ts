import type { RichTextDoc } from '../json/richTextSchema.ts';
import { richTextToPlain } from '../model/richText.ts';

/** A rich-text body as Concept JSON holds it, or only whether it holds visible text (read by `fragmentHasText`). */
export type TextPresence = RichTextDoc | { hasText: boolean };

/** Whether a body holds visible text: whitespace and empty paragraphs do not count. */
export function hasWrittenText(text: TextPresence | undefined): boolean {
  if (!text) return false;
  if ('hasText' in text) return text.hasText;
  return richTextToPlain(text) !== '';
}
