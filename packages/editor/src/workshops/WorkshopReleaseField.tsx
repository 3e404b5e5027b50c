import type { WorkshopRelease } from '@werkbank/concept';
import { useId } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `WorkshopReleaseField`. */
export interface WorkshopReleaseFieldProps {
  value: WorkshopRelease;
  onChange: (release: WorkshopRelease) => void;
  editable: boolean;
}

/** Whether proposals show at once or only after a moderator released them. */
export function WorkshopReleaseField({ value, onChange, editable }: WorkshopReleaseFieldProps) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="wb-fieldset wb-radio-group">
      <legend>{t('editor.workshop.release')}</legend>
      {(['moderated', 'immediate'] as const).map((release) => (
        <label key={release} className="wb-radio">
          <input
            type="radio"
            name={name}
            value={release}
            checked={value === release}
            disabled={!editable}
            onChange={() => onChange(release)}
          />
          {t(`editor.workshop.release.${release}`)}
        </label>
      ))}
    </fieldset>
  );
}
