import type { Locale } from '../i18n/Locale.ts';

/** When a checklist item was ticked, as people read it ("6. Dez. 2026, 15:40"). */
export function formatTickTime(locale: Locale, iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(time);
}
