import { useContext } from 'react';
import { I18nContext } from './I18nContext.ts';
import type { Translate } from './Translate.ts';

/**
 * The translate function of the nearest `I18nProvider` (German without one).
 * @example const t = useT(); t('measure.title'); t('goal.deleteTitle', { title })
 */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
