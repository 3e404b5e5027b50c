import { useId } from 'react';
import { ErrorNote } from './ErrorNote.tsx';
import { useConceptAction } from './useConceptAction.ts';

/** One choice of a `SelectField`. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of `SelectField`. */
export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** Writes through a verb at once; a refusal is shown under the field. */
  onChange: (value: string) => void;
  editable: boolean;
  labelHidden?: boolean;
}

/** A labelled select over a live document value. */
export function SelectField({ label, value, options, onChange, editable, labelHidden }: SelectFieldProps) {
  const id = useId();
  const action = useConceptAction();
  return (
    <div className="wb-field">
      <label htmlFor={id} className={labelHidden ? 'wb-visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={!editable}
        aria-invalid={action.error ? true : undefined}
        aria-describedby={action.error ? `${id}-error` : undefined}
        onChange={(event) => action.run(() => onChange(event.target.value))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorNote id={`${id}-error`} message={action.error} />
    </div>
  );
}
