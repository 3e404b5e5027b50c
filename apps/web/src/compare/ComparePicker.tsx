import type { VersionJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import { DRAFT } from './useComparison.ts';

interface ComparePickerProps {
  versions: readonly VersionJSON[];
  from: string;
  to: string;
  onCompare(from: string, to: string): void;
}

/** Two selects, the older state and the newer one (a version or the draft), and a button to compare them. */
export function ComparePicker({ versions, from, to, onCompare }: ComparePickerProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [older, setOlder] = useState(from);
  const [newer, setNewer] = useState(to);
  const [error, setError] = useState('');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const options = [...versions].reverse().map((version) => (
    <option key={version.id} value={version.id}>
      {t('web.compare.versionOption', {
        name: version.name,
        date: date.format(new Date(version.createdAt)),
      })}
    </option>
  ));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (older === newer) {
      setError(t('web.compare.sameState'));
      return;
    }
    setError('');
    onCompare(older, newer);
  }

  return (
    <form className="compare-picker" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('web.compare.choose')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('web.compare.from')}</label>
        <select id={`${id}-from`} value={older} onChange={(e) => setOlder(e.target.value)}>
          {options}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('web.compare.to')}</label>
        <select id={`${id}-to`} value={newer} onChange={(e) => setNewer(e.target.value)}>
          <option value={DRAFT}>{t('web.compare.draft')}</option>
          {options}
        </select>
      </div>
      <button type="submit">{t('web.compare.submit')}</button>
      <p role="alert" className="error">
        {error}
      </p>
    </form>
  );
}
