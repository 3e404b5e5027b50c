import type { Locale } from '../i18n/Locale.ts';

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: Locale, cents: boolean): Intl.NumberFormat {
  const key = `${locale}:${cents}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    });
    formats.set(key, found);
  }
  return found;
}

/** Euros in the UI language: `1.250 €`, and both cent digits when there are cents (`1.250,50 €`). */
export function formatEuro(amount: number, locale: Locale): string {
  return format(locale, !Number.isInteger(amount)).format(amount);
}
