import { Paragraph, TextRun } from './body/model.ts';
import { numberingReferences } from './numberingReferences.ts';

/** Plain lines as one bulleted list. */
export function bulletParagraphs(lines: readonly string[], instance: number): Paragraph[] {
  return lines.map(
    (line) =>
      new Paragraph({
        numbering: { reference: numberingReferences.bullets, level: 0, instance },
        children: [new TextRun(line)],
      }),
  );
}
