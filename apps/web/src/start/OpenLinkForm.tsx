import { useLocale, useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../i18n/errorMessage.ts';
import { arrivedLinks } from '../links/arrivedLinks.ts';
import { checkLink } from '../links/checkLink.ts';
import { conceptLink } from '../links/conceptLink.ts';
import { parseConceptLink } from '../links/parseConceptLink.ts';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';

/** Opens a concept from a pasted link after the server confirmed the token; stronger links kept stay. */
export function OpenLinkForm() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const origin = window.location.origin;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const link = parseConceptLink(text);
    if (!link) {
      setError(t('web.start.open.invalid', { example: conceptLink(origin, 'abc123', '…') }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (await checkLink(link.conceptId, link.token)) {
        arrivedLinks.set(link.conceptId, link.token);
        navigate(routePath(link.conceptId));
        return;
      }
      setError(t('web.start.open.refused'));
    } catch (e) {
      setError(t('web.start.open.failed', { message: errorMessage(e, t, locale) }));
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('web.start.open.title')}</h2>
      <form onSubmit={onSubmit} className="inline-form" noValidate>
        <div className="field grow">
          <label htmlFor={`${id}-link`}>{t('web.start.open.label')}</label>
          <input
            id={`${id}-link`}
            type="url"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-hint ${error ? `${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            required
          />
          <p id={`${id}-hint`} className="hint">
            {t('web.start.open.hint', { origin })}
          </p>
        </div>
        <button type="submit" disabled={busy}>
          {t('web.start.open.submit')}
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
