/**
 * A date as Germans write it (`27.03.2025`), from an ISO date or date-time string or a Date; '' for an empty
 * or unreadable value. ISO strings are read by their digits, so no time zone shifts the day.
 */
export function formatGermanDate(value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${pad(value.getDate())}.${pad(value.getMonth() + 1)}.${value.getFullYear()}`;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
