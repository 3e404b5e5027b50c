import type { Locale } from '../i18n/Locale.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

function formatDate(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** A measure's period for lists: "01.03.2026 – 31.12.2027", one end open, or the recurrence text. */
export function formatPeriod(
  period: { periodStart: string; periodEnd: string; recurrence: string },
  locale: Locale,
): string {
  const { periodStart, periodEnd, recurrence } = period;
  const range =
    periodStart || periodEnd
      ? `${periodStart ? formatDate(periodStart, locale) : '…'} – ${periodEnd ? formatDate(periodEnd, locale) : '…'}`
      : '';
  return [range, recurrence.trim()].filter(Boolean).join(', ');
}
