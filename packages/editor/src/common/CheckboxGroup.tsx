import type { ReactNode } from 'react';
import { CheckboxField } from './CheckboxField.tsx';

/** One choice of a `CheckboxGroup`. */
export interface CheckboxOption {
  value: string;
  label: string;
  /** Shown after the checkbox, e.g. a button to open the linked entity. */
  action?: ReactNode;
}

/** Props of `CheckboxGroup`. */
export interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  editable: boolean;
  /** Shown when there is nothing to choose from, or as a hint below. */
  empty?: ReactNode;
  hint?: ReactNode;
}

/** A fieldset of checkboxes for a set of links (fields of action, goals served). */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onToggle,
  editable,
  empty,
  hint,
}: CheckboxGroupProps) {
  return (
    <fieldset className="wb-fieldset">
      <legend>{legend}</legend>
      {options.length === 0 && <p className="wb-hint">{empty}</p>}
      {options.map((option) => (
        <div key={option.value} className="wb-checkbox-row">
          <CheckboxField
            label={option.label}
            checked={selected.includes(option.value)}
            editable={editable}
            onChange={(checked) => onToggle(option.value, checked)}
          />
          {option.action}
        </div>
      ))}
      {hint && <p className="wb-hint">{hint}</p>}
    </fieldset>
  );
}
