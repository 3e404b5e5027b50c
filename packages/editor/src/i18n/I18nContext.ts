import { createContext } from 'react';
import { createTranslate } from './createTranslate.ts';
import type { Locale } from './Locale.ts';
import type { Translate } from './Translate.ts';

/** What `I18nProvider` hands down. */
export interface I18nValue {
  locale: Locale;
  t: Translate;
}

/** German with the editor's own messages when no provider is mounted. */
export const I18nContext = createContext<I18nValue>({ locale: 'de', t: createTranslate('de') });
