import { useId, useState } from 'react';
import { TextField } from '../common/TextField.tsx';
import { useT } from '../i18n/useT.ts';
import { workshopFormats } from './workshopFormats.ts';

const OTHER = '__other';

/** Props of `WorkshopFormatField`. */
export interface WorkshopFormatFieldProps {
  value: string;
  onChange: (format: string) => void;
  editable: boolean;
}

function isListed(value: string): boolean {
  return (workshopFormats as readonly string[]).includes(value);
}

/** The format: one of the usual ones from a list, or any other name typed in. */
export function WorkshopFormatField({ value, onChange, editable }: WorkshopFormatFieldProps) {
  const t = useT();
  const id = useId();
  const [other, setOther] = useState(() => value !== '' && !isListed(value));
  const custom = other || (value !== '' && !isListed(value));
  return (
    <>
      <div className="wb-field">
        <label htmlFor={id}>{t('editor.workshop.format')}</label>
        <select
          id={id}
          value={custom ? OTHER : value}
          disabled={!editable}
          onChange={(event) => {
            const chosen = event.target.value;
            setOther(chosen === OTHER);
            if (chosen !== OTHER) onChange(chosen);
          }}
        >
          <option value="">{t('common.none')}</option>
          {workshopFormats.map((format) => (
            <option key={format} value={format}>
              {format}
            </option>
          ))}
          <option value={OTHER}>{t('editor.workshop.formatOther')}</option>
        </select>
      </div>
      {custom && (
        <TextField
          label={t('editor.workshop.formatCustom')}
          value={isListed(value) ? '' : value}
          editable={editable}
          onCommit={onChange}
        />
      )}
    </>
  );
}
