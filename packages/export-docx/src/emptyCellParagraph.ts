import { Paragraph } from './body/model.ts';

/** The paragraph every table cell needs at least one of (Word refuses cells without one). */
export function emptyCellParagraph(): Paragraph {
  return new Paragraph({ style: 'TableText', children: [] });
}
