import type { Locale, Messages } from '@werkbank/editor';
import { useEffect, useState } from 'react';
import { webMessagesDe } from './webMessagesDe.ts';

const german: Messages = { de: webMessagesDe };
let english: Messages | null = null;

/**
 * The web app's catalogue for `locale`, merged over the editor's by `I18nProvider`. German is in the main
 * bundle; English loads on first use (null until then, so nothing flashes in German).
 */
export function useWebMessages(locale: Locale): Messages | null {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (locale !== 'en' || english) return;
    void import('./webMessagesEn.ts').then((m) => {
      english = { de: webMessagesDe, en: m.webMessagesEn };
      setLoaded((n) => n + 1);
    });
  }, [locale]);
  if (locale === 'de') return german;
  return english;
}
