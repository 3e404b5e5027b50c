import { useContext } from 'react';
import { I18nContext } from './I18nContext.ts';
import type { Locale } from './Locale.ts';

/** The active UI language, for `Intl` formatting. */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
