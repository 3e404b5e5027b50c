/**
 * A workshop's date (`YYYY-MM-DD`) for people, or '' when it has none.
 * @example formatWorkshopDate('2026-12-03', 'de') // '03.12.2026'
 */
export function formatWorkshopDate(date: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  // Noon, so no time zone moves the day.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${date}T12:00:00`));
}
