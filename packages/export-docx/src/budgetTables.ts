import { costTotals } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import { Paragraph, TextRun } from './body/model.ts';
import { contentColumnWidths } from './contentColumnWidths.ts';
import { countPhrase } from './countPhrase.ts';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatAmount } from './formatAmount.ts';
import { formatEuro } from './formatEuro.ts';
import { germanLabels } from './germanLabels.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { pageLayout } from './pageLayout.ts';

function table(headers: string[], rows: string[][]): FileChild {
  const widths = contentColumnWidths(headers, rows, pageLayout.textWidth);
  return dataTable(
    headers.map((title, i) => ({ title, weight: widths[i] ?? 1 })),
    rows,
  );
}

function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, children: [new TextRun({ text, bold: true })] });
}

/**
 * The budget of the measures: the total, a table per year and funding source (only the sources in use, lines
 * without a year as "ohne Jahr") and a table per field of action (each measure under its primary field). Amounts
 * in euros without the sign, so each is one word in its cell. Nothing when no measure has a cost line.
 */
export function budgetTables(ctx: ExportContext): FileChild[] {
  const { measures, fieldsOfAction } = ctx.concept;
  const totals = costTotals(
    measures,
    fieldsOfAction.map((f) => f.id),
  );
  if (totals.measuresWithCosts === 0) return [];
  const sourceHeaders = totals.sources.map((s) => germanLabels.costSource[s]);
  const yearRows = totals.years.map((y) => [
    y.year === null ? 'ohne Jahr' : String(y.year),
    ...totals.sources.map((s) => formatAmount(y.bySource[s])),
    formatAmount(y.total),
  ]);
  const sumRow = [
    'Summe',
    ...totals.sources.map((s) => formatAmount(totals.bySource[s])),
    formatAmount(totals.total),
  ];
  const fieldRows = totals.byField.map(({ fieldId, total }) => [
    fieldId === null ? 'ohne Handlungsfeld' : ctx.fieldTitle(fieldId) || '–',
    formatAmount(total),
  ]);
  return [
    labelledParagraph(
      'Kosten',
      `${formatEuro(totals.total)} für ${countPhrase(totals.measuresWithCosts, 'Maßnahme', 'Maßnahmen')} mit Kostenangaben.`,
    ),
    caption('Kosten nach Jahr und Finanzierungsquelle (in Euro)'),
    table(['Jahr', ...sourceHeaders, 'Summe'], [...yearRows, sumRow]),
    caption('Kosten nach Handlungsfeld (in Euro)'),
    table(['Handlungsfeld', 'Summe'], [...fieldRows, ['Summe', formatAmount(totals.total)]]),
  ];
}
