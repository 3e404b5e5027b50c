import { useMemo } from 'react';
import { useLocale } from '../i18n/useLocale.ts';

/** Formats euros in the UI language: `1.250 €`, and both cent digits when there are cents (`1.250,50 €`). */
export function useEuro(): (amount: number) => string {
  const locale = useLocale();
  return useMemo(() => {
    const tag = locale === 'de' ? 'de-DE' : 'en-GB';
    const whole = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const cents = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
    });
    return (amount: number) => (Number.isInteger(amount) ? whole : cents).format(amount);
  }, [locale]);
}
