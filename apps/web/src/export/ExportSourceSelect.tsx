import type { VersionJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { useId } from 'react';

interface ExportSourceSelectProps {
  /** The chosen version's id; null for the current draft. */
  versionId: string | null;
  versions: readonly VersionJSON[];
  onChange(versionId: string | null): void;
}

/** What to export: the current draft or one of the saved versions (newest first, the adopted one marked). */
export function ExportSourceSelect({ versionId, versions, onChange }: ExportSourceSelectProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div className="field">
      <label htmlFor={id}>{t('web.export.source')}</label>
      <select
        id={id}
        value={versionId ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        aria-describedby={`${id}-hint`}
      >
        <option value="">{t('web.export.draft')}</option>
        {[...versions].reverse().map((version) => {
          const label = t('web.export.version', {
            name: version.name,
            date: date.format(new Date(version.createdAt)),
          });
          return (
            <option key={version.id} value={version.id}>
              {version.adopted ? t('web.export.versionAdopted', { label }) : label}
            </option>
          );
        })}
      </select>
      <p id={`${id}-hint`} className="hint">
        {versionId === null ? t('web.export.draftHint') : t('web.export.versionHint')}
      </p>
    </div>
  );
}
