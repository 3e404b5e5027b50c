/**
 * A deletion time for people, date and time of day.
 * @example formatDeletedAt('2026-12-06T14:40:00.000Z', 'de') // '6. Dezember 2026 um 15:40'
 */
export function formatDeletedAt(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(time));
}
