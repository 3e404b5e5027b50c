import { useId } from 'react';
import { ErrorNote } from './ErrorNote.tsx';
import { useConceptAction } from './useConceptAction.ts';

/** Props of `CheckboxField`. */
export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  editable: boolean;
}

/** A labelled checkbox over a live document flag. */
export function CheckboxField({ label, checked, onChange, editable }: CheckboxFieldProps) {
  const id = useId();
  const action = useConceptAction();
  return (
    <div className="wb-field wb-field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={!editable}
        onChange={(event) => action.run(() => onChange(event.target.checked))}
      />
      <label htmlFor={id}>{label}</label>
      <ErrorNote message={action.error} />
    </div>
  );
}
