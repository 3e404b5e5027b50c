import type { MeasureJSON } from '@werkbank/concept';
import type { Translate } from '@werkbank/editor';

/** A measure's period as the Word export writes it: `03/2025 – 12/2026`, `ab 03/2025`, `bis 12/2026`; '' when unknown. */
export function formatMonthPeriod(
  t: Translate,
  measure: Pick<MeasureJSON, 'periodStart' | 'periodEnd'>,
): string {
  const start = monthYear(measure.periodStart);
  const end = monthYear(measure.periodEnd);
  if (start && end) return `${start} – ${end}`;
  if (start) return t('web.document.period.from', { start });
  return end ? t('web.document.period.until', { end }) : '';
}

function monthYear(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  return match ? `${match[2]}/${match[1]}` : '';
}
