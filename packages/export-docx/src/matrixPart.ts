import { type ChapterJSON, goalMeasureMatrix, type MeasureJSON, measuresOfField } from '@werkbank/concept';
import { type FileChild, Paragraph, TextRun } from './body/model.ts';
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
 * The goal×measure traceability matrix, one table per field of action: its measures (by primary field) as
 * columns, as rows the Handlungsziele linked to those measures or to the field itself; each table has a repeating
 * header row, and one with more measures than fit the page width continues in a second table. Measures without
 * a field of action follow in a last table, then the Handlungsziele without any measure.
 */
export function matrixPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const { goals, measures, fieldsOfAction } = ctx.concept;
  const empty = '(noch keine Handlungsziele mit Maßnahmen)';
  const all = goalMeasureMatrix(goals, measures, true);
  if (all.rows.length === 0 || all.measures.length === 0) return partChapter(ctx, TITLE, intro, [], empty);
  const codeWidth =
    Math.max(...measures.map((m) => textWidth(m.code, pageLayout.tableFontSize, true))) + CELL_PADDING;
  const perTable = Math.max(1, Math.min(12, Math.floor((pageLayout.textWidth - GOAL_COLUMN) / codeWidth)));
  const blocks: FileChild[] = [
    new Paragraph(
      `Die Matrix zeigt je Handlungsfeld, welche Maßnahme welchem Handlungsziel dient (${MARK} = Maßnahme dient dem Ziel, leer = kein Bezug).`,
    ),
  ];
  const fieldIds = new Set(fieldsOfAction.map((f) => f.id));
  const groups: { title: string; fieldId: string | null; measures: MeasureJSON[] }[] = [
    ...fieldsOfAction.map((f) => ({
      title: `Handlungsfeld ${f.title.trim() || 'ohne Titel'}`,
      fieldId: f.id,
      measures: measuresOfField(measures, f.id),
    })),
    {
      title: 'Maßnahmen ohne Handlungsfeld',
      fieldId: null,
      measures: measures.filter((m) => m.primaryFieldId === null || !fieldIds.has(m.primaryFieldId)),
    },
  ];
  for (const group of groups) {
    if (group.measures.length === 0) continue;
    const matrix = goalMeasureMatrix(goals, group.measures, true);
    const rows = matrix.rows.flatMap((row, r) =>
      matrix.cells[r]?.some(Boolean) || (group.fieldId !== null && row.goal.fieldIds.includes(group.fieldId))
        ? [{ row, cells: matrix.cells[r] ?? [] }]
        : [],
    );
    if (rows.length === 0) continue;
    for (let from = 0; from < matrix.measures.length; from += perTable) {
      const part = matrix.measures.slice(from, from + perTable);
      const range =
        matrix.measures.length > perTable ? ` (Maßnahmen ${part[0]?.code} bis ${part.at(-1)?.code})` : '';
      blocks.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 240 },
          children: [new TextRun({ text: `${group.title}${range}`, bold: true })],
        }),
        dataTable(
          [
            { title: 'Handlungsziel', weight: pageLayout.textWidth - codeWidth * perTable },
            ...part.map((m) => ({ title: m.code, weight: codeWidth })),
          ],
          rows.map(({ row, cells }) => [
            goalTitle(row, false),
            ...part.map((_, c) => (cells[from + c] ? MARK : '')),
          ]),
          { firstColumnIsHeader: true },
        ),
      );
    }
  }
  const uncovered = all.rows.filter((_, r) => !all.cells[r]?.some(Boolean));
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
