import { useCallback } from 'react';
import { useLocale } from '../i18n/useLocale.ts';
import { formatEuro } from './formatEuro.ts';

/** Formats euros in the UI language: `1.250 €`, and both cent digits when there are cents (`1.250,50 €`). */
export function useEuro(): (amount: number) => string {
  const locale = useLocale();
  return useCallback((amount: number) => formatEuro(amount, locale), [locale]);
}
