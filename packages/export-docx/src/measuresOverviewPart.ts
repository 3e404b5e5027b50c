import type { ChapterJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import { contentColumnWidths } from './contentColumnWidths.ts';
import { countPhrase } from './countPhrase.ts';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatPeriod } from './formatPeriod.ts';
import { germanLabels } from './germanLabels.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { pageLayout } from './pageLayout.ts';
import { partChapter } from './partChapter.ts';

/** All measures in one table: code, title, field of action, lead, period, priority, status. */
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
        ];
  return partChapter(ctx, 'Maßnahmenübersicht', intro, content, '(noch keine Maßnahmen)');
}

const HEADERS = ['Nr.', 'Maßnahme', 'Handlungsfeld', 'Federführung', 'Zeitraum', 'Priorität', 'Status'];

// Columns sized from their content and headers, so no word breaks in the middle ("Priorit/ät", "beschlosse/n").
function overviewTable(ctx: ExportContext): FileChild {
  const rows = ctx.concept.measures.map((m) => [
    m.code,
    m.isKeyMeasure ? `${m.title} – Schlüsselmaßnahme` : m.title,
    ctx.fieldTitle(m.primaryFieldId) || '–',
    m.lead || '–',
    formatPeriod(m) || '–',
    m.priority ? germanLabels.priority[m.priority] : '–',
    germanLabels.measureStatus[m.status],
  ]);
  const widths = contentColumnWidths(HEADERS, rows, pageLayout.textWidth);
  return dataTable(
    HEADERS.map((title, i) => ({ title, weight: widths[i] ?? 1 })),
    rows,
  );
}
