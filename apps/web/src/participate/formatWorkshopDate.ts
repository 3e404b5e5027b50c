/**
 * A workshop date (`YYYY-MM-DD`) in words; '' when none, the raw text when it is no date.
 * @example formatWorkshopDate('2026-03-14', 'de') // 'Samstag, 14. März 2026'
 */
export function formatWorkshopDate(date: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const value = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(value.getTime())) return date;
  return value.toLocaleDateString(locale === 'en' ? 'en-GB' : 'de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
