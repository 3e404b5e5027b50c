import { type RichTextDoc, richTextToPlain } from '@werkbank/concept';

/** Whether a rich-text body has no text at all (an empty paragraph or a lone rule counts as empty). */
export function richTextIsEmpty(doc: RichTextDoc): boolean {
  return richTextToPlain(doc) === '';
}
