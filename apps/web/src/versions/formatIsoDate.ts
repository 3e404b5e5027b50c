/**
 * A calendar date `YYYY-MM-DD` (a resolution's date) for display; '' stays ''. Read as a local date, so no time
 * zone moves it to the day before.
 * @example formatIsoDate('2026-03-12', 'de') // '12.03.2026'
 */
export function formatIsoDate(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(year, month - 1, day),
  );
}
