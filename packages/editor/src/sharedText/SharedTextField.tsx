import { type KeyboardEvent, useId, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { FieldPresence } from './FieldPresence.tsx';
import { useFieldFocus } from './useFieldFocus.ts';
import { type SharedTextTarget, useSharedText } from './useSharedText.ts';

/** Props of `SharedTextField`. */
export interface SharedTextFieldProps {
  label: string;
  /** The entity field the input edits; it is stored as shared text, so concurrent typing merges. */
  target: SharedTextTarget;
  /** Writes the whole new value through a verb (which stores only what changed); a refusal is shown. */
  onCommit: (value: string) => void;
  editable: boolean;
  awareness?: Awareness | null;
  multiline?: boolean;
  maxLength?: number;
  hint?: string;
  /** Keeps the label for screen readers only (table cells). */
  labelHidden?: boolean;
  className?: string;
}

/**
 * A labelled input on a shared text field: every keystroke is stored at once, others' characters appear
 * while one types, and the others see who is in the field. Escape undoes the edit since focus.
 */
export function SharedTextField(props: SharedTextFieldProps) {
  const { label, target, onCommit, editable, awareness, multiline, maxLength = 500, hint } = props;
  const id = useId();
  const action = useConceptAction();
  const { bind, resync } = useSharedText(target);
  const origin = useRef<string | null>(null);
  const fieldKey = `${target.collection}/${target.id}/${target.field}`;
  const focus = useFieldFocus(awareness, fieldKey);
  function write(value: string): void {
    if (!action.run(() => onCommit(value))) resync();
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !multiline) {
      event.preventDefault();
    } else if (event.key === 'Escape' && origin.current !== null) {
      if (event.currentTarget.value !== origin.current) write(origin.current);
    }
  }
  const describedBy = [hint ? `${id}-hint` : '', action.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const shared = {
    id,
    readOnly: !editable,
    maxLength,
    'aria-invalid': action.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      origin.current = event.currentTarget.value;
      focus.onFocus();
    },
    onBlur: () => {
      origin.current = null;
      focus.onBlur();
    },
    onKeyDown,
    onChange: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      write(event.currentTarget.value),
  };
  return (
    <div className={`wb-field wb-shared-field ${props.className ?? ''}`.trim()}>
      <label htmlFor={id} className={props.labelHidden ? 'wb-visually-hidden' : undefined}>
        {label}
      </label>
      <FieldPresence awareness={awareness} fieldKey={fieldKey}>
        {multiline ? (
          <textarea {...shared} ref={bind} rows={3} />
        ) : (
          <input {...shared} ref={bind} type="text" />
        )}
      </FieldPresence>
      {hint && (
        <p id={`${id}-hint`} className="wb-hint">
          {hint}
        </p>
      )}
      <ErrorNote id={`${id}-error`} message={action.error} />
    </div>
  );
}
