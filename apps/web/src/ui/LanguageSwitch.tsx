import { type Locale, useT } from '@werkbank/editor';
import { useSession } from '../session/useSession.ts';

const LOCALES: Locale[] = ['de', 'en'];

/** Switches the UI language; the choice is remembered on this device. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useSession((s) => s.locale);
  const setLocale = useSession((s) => s.setLocale);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('web.language.label')}</legend>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          className="button-quiet"
          onClick={() => setLocale(l)}
          title={t(`web.language.${l}`)}
        >
          {l.toUpperCase()}
          <span className="visually-hidden"> – {t(`web.language.${l}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
