import { Paragraph, type ParagraphChild, TextRun } from './body/model.ts';

/** A paragraph "Label: value" with the label in bold, for the facts of a goal, workshop or title page. */
export function labelledParagraph(
  label: string,
  value: string | ParagraphChild[],
  style?: string,
): Paragraph {
  const rest = typeof value === 'string' ? [new TextRun(value)] : value;
  return new Paragraph({ style, children: [new TextRun({ text: `${label}: `, bold: true }), ...rest] });
}
