import { type ReactNode, useMemo } from 'react';
import { createTranslate } from './createTranslate.ts';
import { I18nContext } from './I18nContext.ts';
import type { Locale } from './Locale.ts';
import type { Messages } from './Messages.ts';

/** Props of `I18nProvider`. */
export interface I18nProviderProps {
  locale: Locale;
  /** Catalogues merged over `editorMessages`; keep the object stable (module constant or memo). */
  messages?: Messages;
  children?: ReactNode;
}

/**
 * Sets the UI language for everything below it.
 * @example <I18nProvider locale="de" messages={webMessages}><App /></I18nProvider>
 */
export function I18nProvider({ locale, messages, children }: I18nProviderProps) {
  const value = useMemo(() => ({ locale, t: createTranslate(locale, messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
