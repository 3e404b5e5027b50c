import type { MeasureJSON } from '@werkbank/concept';

/** A measure's period for tables: `03/2025 – 12/2026`, `ab 03/2025`, with its recurrence; '' when unknown. */
export function formatPeriod(measure: Pick<MeasureJSON, 'periodStart' | 'periodEnd' | 'recurrence'>): string {
  const start = monthYear(measure.periodStart);
  const end = monthYear(measure.periodEnd);
  const span = start && end ? `${start} – ${end}` : start ? `ab ${start}` : end ? `bis ${end}` : '';
  const recurrence = measure.recurrence.trim();
  return [span, recurrence].filter(Boolean).join(', ');
}

function monthYear(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  return match ? `${match[2]}/${match[1]}` : '';
}
