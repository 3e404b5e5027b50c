import { Paragraph, TextRun } from './body/model.ts';

/** Lines of plain text for one table cell, one paragraph each; a dash when there are none. */
export function tableTextLines(lines: readonly string[]): Paragraph[] {
  const shown = lines.filter((line) => line.trim() !== '');
  return (shown.length > 0 ? shown : ['–']).map(
    (text) => new Paragraph({ style: 'TableText', children: [new TextRun(text)] }),
  );
}
