const formats = new Map<string, Intl.NumberFormat>();

/** An amount in euros in the reader's language (`12.500 €`, `€12,500`); '' for none. */
export function formatEuro(amount: number | null, locale: string): string {
  if (amount === null) return '';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
    formats.set(locale, format);
  }
  return format.format(amount);
}
