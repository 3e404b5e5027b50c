import { Paragraph } from './body/model.ts';

/** Plain multi-line text (descriptions, notes) as one paragraph per non-empty line. */
export function plainTextParagraphs(text: string, style?: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ style, text: line }));
}
