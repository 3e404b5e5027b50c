import type { Locale } from '../i18n/Locale.ts';

/** An amount as an input shows it for editing: grouped, both cent digits only when there are cents (`1.250,50`, `800`). */
export function formatAmountInput(amount: number, locale: Locale): string {
  return amount.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  });
}
