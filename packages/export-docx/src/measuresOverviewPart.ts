import { type ChapterJSON, costTotals, type MeasureJSON, measureCostTotal } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import { budgetTables } from './budgetTables.ts';
import { contentColumnWidths } from './contentColumnWidths.ts';
import { countPhrase } from './countPhrase.ts';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatAmount } from './formatAmount.ts';
import { formatPeriod } from './formatPeriod.ts';
import { germanLabels } from './germanLabels.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { pageLayout } from './pageLayout.ts';
import { partChapter } from './partChapter.ts';

/**
 * All measures in one table: code, title, field of action, lead, period, priority, status and, once a measure
 * has cost lines, its costs (priority then shares the status cell) with their sum; then the budget per year and
 * source and per field of action.
 */
export function measuresOverviewPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const { measures } = ctx.concept;
  const keyMeasures = measures.filter((m) => m.isKeyMeasure).length;
  const content: FileChild[] =
    measures.length === 0
      ? []
      : [
          labelledParagraph(
            'Umfang',
            keyMeasures > 0
              ? `${countPhrase(measures.length, 'Maßnahme', 'Maßnahmen')}, davon ${countPhrase(keyMeasures, 'Schlüsselmaßnahme', 'Schlüsselmaßnahmen')} (in der Tabelle mit „Schlüsselmaßnahme“ gekennzeichnet).`
              : `${countPhrase(measures.length, 'Maßnahme', 'Maßnahmen')}.`,
          ),
          overviewTable(ctx),
          ...budgetTables(ctx),
        ];
  return partChapter(ctx, 'Maßnahmenübersicht', intro, content, '(noch keine Maßnahmen)');
}

const HEADERS = ['Nr.', 'Maßnahme', 'Handlungsfeld', 'Federführung', 'Zeitraum', 'Priorität', 'Status'];
// With costs the page needs room for one more column: the priority joins the status cell ("beschlossen, Priorität hoch").
const HEADERS_WITH_COSTS = [
  'Nr.',
  'Maßnahme',
  'Handlungsfeld',
  'Federführung',
  'Zeitraum',
  'Status',
  'Kosten €',
];

// Columns sized from their content and headers, so no word breaks in the middle ("Priorit/ät", "beschlosse/n").
function overviewTable(ctx: ExportContext): FileChild {
  const { measures } = ctx.concept;
  const withCosts = measures.some((m) => m.costLines.length > 0);
  const headers = withCosts ? HEADERS_WITH_COSTS : HEADERS;
  const status = (m: MeasureJSON) => germanLabels.measureStatus[m.status];
  const priority = (m: MeasureJSON) => (m.priority ? germanLabels.priority[m.priority] : '–');
  const rows = measures.map((m) => [
    m.code,
    m.isKeyMeasure ? `${m.title} – Schlüsselmaßnahme` : m.title,
    ctx.fieldTitle(m.primaryFieldId) || '–',
    m.lead || '–',
    formatPeriod(m) || '–',
    ...(withCosts
      ? [
          m.priority ? `${status(m)}, Priorität ${priority(m)}` : status(m),
          m.costLines.length > 0 ? formatAmount(measureCostTotal(m)) : '–',
        ]
      : [priority(m), status(m)]),
  ]);
  if (withCosts) rows.push(['', 'Summe', '', '', '', '', formatAmount(costTotals(measures, []).total)]);
  const widths = contentColumnWidths(headers, rows, pageLayout.textWidth);
  return dataTable(
    headers.map((title, i) => ({ title, weight: widths[i] ?? 1 })),
    rows,
  );
}
