import { type ChapterJSON, goalMeasureMatrix } from '@werkbank/concept';
import { type FileChild, Paragraph, TextRun } from 'docx';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { goalTitle } from './goalTitle.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { textWidth } from './layout/textWidth.ts';
import { pageLayout } from './pageLayout.ts';
import { partChapter } from './partChapter.ts';

const TITLE = 'Ziel-Maßnahmen-Matrix';
const MARK = '●';
// The goal column keeps at least this much of the page width; measure columns fit their code on one line.
const GOAL_COLUMN = 3200;
const CELL_PADDING = 260;

/**
 * The goal×measure traceability matrix: Handlungsziele as rows, measure codes as columns, split into tables of as
 * many measures as fit the page width, each with a repeating header row; Handlungsziele without any measure follow.
 */
export function matrixPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const matrix = goalMeasureMatrix(ctx.concept.goals, ctx.concept.measures, true);
  const empty = '(noch keine Handlungsziele mit Maßnahmen)';
  if (matrix.rows.length === 0 || matrix.measures.length === 0)
    return partChapter(ctx, TITLE, intro, [], empty);
  const blocks: FileChild[] = [
    new Paragraph(
      `Die Matrix zeigt, welche Maßnahme welchem Handlungsziel dient (${MARK} = Maßnahme dient dem Ziel).`,
    ),
  ];
  const codeWidth =
    Math.max(...matrix.measures.map((m) => textWidth(m.code, pageLayout.tableFontSize, true))) + CELL_PADDING;
  const perTable = Math.max(1, Math.min(12, Math.floor((pageLayout.textWidth - GOAL_COLUMN) / codeWidth)));
  for (let from = 0; from < matrix.measures.length; from += perTable) {
    const measures = matrix.measures.slice(from, from + perTable);
    const first = measures[0]?.code ?? '';
    const last = measures.at(-1)?.code ?? '';
    blocks.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 240 },
        children: [new TextRun({ text: `Maßnahmen ${first} bis ${last}`, bold: true })],
      }),
      dataTable(
        [
          { title: 'Handlungsziel', weight: pageLayout.textWidth - codeWidth * perTable },
          ...measures.map((m) => ({ title: m.code, weight: codeWidth })),
        ],
        matrix.rows.map((row, r) => [
          goalTitle(row, false),
          ...measures.map((_, c) => (matrix.cells[r]?.[from + c] ? MARK : '')),
        ]),
        { firstColumnIsHeader: true },
      ),
    );
  }
  const uncovered = matrix.rows.filter((_, r) => !matrix.cells[r]?.some(Boolean));
  if (uncovered.length > 0) {
    blocks.push(
      labelledParagraph(
        'Handlungsziele ohne Maßnahme',
        uncovered.map((row) => goalTitle(row, false)).join('; '),
      ),
    );
  }
  return partChapter(ctx, TITLE, intro, blocks, empty);
}
