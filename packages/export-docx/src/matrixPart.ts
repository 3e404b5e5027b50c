import {
  type ChapterJSON,
  type GoalJSON,
  type GoalNode,
  goalLevelName,
  groupMeasuresByField,
  type MeasureJSON,
} from '@werkbank/concept';
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
const BELOW = '○';
// The goal column keeps at least this much of the page width; measure columns fit their code on one line.
const GOAL_COLUMN = 3200;
const CELL_PADDING = 260;

/**
 * The goal×measure traceability matrix, one table per field of action: its measures (by primary field) as
 * columns, as rows the goals of the levels measures are really linked to (Handlungsziele, or Mittlerziele where a
 * concept links there), those served by the group's measures or in the field itself. ● marks a measure linked to
 * the goal, ○ one linked to a goal below it. Each table has a repeating header row, and one with more measures
 * than fit the page width continues in a second table. Measures without a field of action follow in a last
 * table, then the goals nothing serves, counted through the tree: a goal under or above a served goal is no gap.
 */
export function matrixPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const { measures, fieldsOfAction } = ctx.concept;
  const { coverage } = ctx;
  const empty = '(noch keine Ziele mit Maßnahmen)';
  const depths = new Set(coverage.linkedDepths);
  const goalRows = ctx.goals.filter((n) => depths.has(n.depth));
  if (goalRows.length === 0 || measures.length === 0) return partChapter(ctx, TITLE, intro, [], empty);
  const single = coverage.linkedDepths.length === 1;
  const rowTitle = (node: GoalNode<GoalJSON>) => goalTitle(node, ctx.levels, !single);
  const goalHeader = single ? goalLevelName(ctx.levels, coverage.linkedDepths[0] ?? 0) : 'Ziel';
  const mark = (node: GoalNode<GoalJSON>, m: MeasureJSON) =>
    m.goalIds.includes(node.goal.id) ? MARK : coverage.servesBelow(node.goal.id, m) ? BELOW : '';
  const codeWidth =
    Math.max(...measures.map((m) => textWidth(m.code, pageLayout.tableFontSize, true))) + CELL_PADDING;
  const perTable = Math.max(1, Math.min(12, Math.floor((pageLayout.textWidth - GOAL_COLUMN) / codeWidth)));
  const anyBelow = goalRows.some((node) => measures.some((m) => mark(node, m) === BELOW));
  const blocks: FileChild[] = [
    new Paragraph(
      `Die Matrix zeigt je Handlungsfeld, welche Maßnahme welchem Ziel dient (${MARK} = Maßnahme dient dem Ziel${anyBelow ? `, ${BELOW} = Maßnahme dient einem Unterziel` : ''}, leer = kein Bezug).`,
    ),
  ];
  const fieldTitle = new Map(fieldsOfAction.map((f) => [f.id, f.title.trim() || 'ohne Titel']));
  const groups = groupMeasuresByField(fieldsOfAction, measures).map((group) => ({
    ...group,
    title:
      group.fieldId === null
        ? 'Maßnahmen ohne Handlungsfeld'
        : `Handlungsfeld ${fieldTitle.get(group.fieldId)}`,
  }));
  for (const group of groups) {
    if (group.measures.length === 0) continue;
    const rows = goalRows.flatMap((node) => {
      const cells = group.measures.map((m) => mark(node, m));
      const shown =
        cells.some(Boolean) || (group.fieldId !== null && node.goal.fieldIds.includes(group.fieldId));
      return shown ? [{ node, cells }] : [];
    });
    if (rows.length === 0) continue;
    for (let from = 0; from < group.measures.length; from += perTable) {
      const part = group.measures.slice(from, from + perTable);
      const range =
        group.measures.length > perTable ? ` (Maßnahmen ${part[0]?.code} bis ${part.at(-1)?.code})` : '';
      blocks.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 240 },
          children: [new TextRun({ text: `${group.title}${range}`, bold: true })],
        }),
        dataTable(
          [
            { title: goalHeader, weight: pageLayout.textWidth - codeWidth * perTable },
            ...part.map((m) => ({ title: m.code, weight: codeWidth })),
          ],
          rows.map(({ node, cells }) => [rowTitle(node), ...part.map((_, c) => cells[from + c] ?? '')]),
          { firstColumnIsHeader: true },
        ),
      );
    }
  }
  if (coverage.gaps.length > 0) {
    blocks.push(
      labelledParagraph(
        'Ziele ohne Maßnahme',
        coverage.gaps.map((node) => goalTitle(node, ctx.levels)).join('; '),
      ),
    );
  }
  return partChapter(ctx, TITLE, intro, blocks, empty);
}
