import type { VersionJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { adoptVersion, type Resolution } from '../api/adoptVersion.ts';
import { TextField } from '../ui/TextField.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { versionError } from './versionError.ts';

interface AdoptVersionFormProps {
  version: VersionJSON;
  /** Another version holds the mark now and loses it. */
  replacesAdopted: boolean;
  onDone(adopted: boolean): void;
}

const EMPTY: Resolution = { body: '', date: '', drucksache: '' };

/** The council's resolution for a version: body, date and Drucksache number; marks it as the adopted one. */
export function AdoptVersionForm({ version, replacesAdopted, onDone }: AdoptVersionFormProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { conceptId, token } = useWorkspace();
  const [resolution, setResolution] = useState<Resolution>(version.resolution ?? EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = { ...resolution, body: resolution.body.trim(), drucksache: resolution.drucksache.trim() };
    setMissing(!trimmed.body || !trimmed.date);
    setError(null);
    if (!trimmed.body || !trimmed.date) return;
    setBusy(true);
    try {
      await adoptVersion(conceptId, token, version.id, trimmed);
      onDone(true);
    } catch (e) {
      setError(versionError(t, locale, e));
      setBusy(false);
    }
  }

  const set = (field: keyof Resolution) => (value: string) =>
    setResolution({ ...resolution, [field]: value });
  const required = (value: string) => (missing && !value.trim() ? t('web.start.create.required') : null);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="adopt-form stack"
      aria-label={t('web.versions.adoptFormLabel', { name: version.name })}
      noValidate
    >
      <div className="adopt-fields">
        <TextField
          id={`${id}-body`}
          label={t('web.versions.body')}
          placeholder={t('web.versions.bodyPlaceholder')}
          value={resolution.body}
          onChange={set('body')}
          error={required(resolution.body)}
        />
        <TextField
          id={`${id}-date`}
          type="date"
          label={t('web.versions.date')}
          value={resolution.date}
          onChange={set('date')}
          error={required(resolution.date)}
        />
        <TextField
          id={`${id}-drucksache`}
          label={t('web.versions.drucksacheNumber')}
          placeholder={t('web.versions.drucksachePlaceholder')}
          value={resolution.drucksache}
          onChange={set('drucksache')}
          optional
        />
      </div>
      {replacesAdopted && <p className="hint">{t('web.versions.replacesAdopted')}</p>}
      <div className="dialog-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('web.versions.adoptSubmit')}
        </button>
        <button type="button" onClick={() => onDone(false)} disabled={busy}>
          {t('web.cancel')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
