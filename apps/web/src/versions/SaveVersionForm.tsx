import { useLocale, useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import { saveVersion } from '../api/saveVersion.ts';
import { TextField } from '../ui/TextField.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { versionError } from './versionError.ts';

/** The owner freezes the current draft as a named version (Fassung); the server records it in the document. */
export function SaveVersionForm({ onSaved }: { onSaved(name: string): void }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { conceptId, token } = useWorkspace();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    setNameError(trimmed ? null : t('web.versions.nameRequired'));
    setError(null);
    if (!trimmed) return;
    setBusy(true);
    try {
      await saveVersion(conceptId, token, trimmed);
      setName('');
      onSaved(trimmed);
    } catch (e) {
      setError(versionError(t, locale, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card version-save">
      <h2 id={`${id}-title`}>{t('web.versions.save')}</h2>
      <p className="muted">{t('web.versions.saveHint')}</p>
      <form onSubmit={onSubmit} className="inline-form" noValidate>
        <div className="grow">
          <TextField
            id={`${id}-name`}
            label={t('web.versions.name')}
            placeholder={t('web.versions.namePlaceholder')}
            value={name}
            onChange={setName}
            error={nameError}
          />
        </div>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('web.versions.saving') : t('web.versions.save')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
