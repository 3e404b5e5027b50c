import { type KeyboardEvent, useEffect, useId } from 'react';
import { ErrorNote } from './ErrorNote.tsx';
import { useConceptAction } from './useConceptAction.ts';
import { useDraft } from './useDraft.ts';

/** Milliseconds without typing after which a focused field writes its draft. */
const SAVE_AFTER_MS = 700;

/** Props of `TextField`. */
export interface TextFieldProps {
  label: string;
  /** The live value from the document. */
  value: string;
  /** Writes through a verb; a thrown ConceptError is shown under the field and the draft is kept. */
  onCommit: (value: string) => void;
  editable: boolean;
  type?: 'text' | 'date' | 'number';
  multiline?: boolean;
  hint?: string;
  /** Keeps the label for screen readers only (table cells). */
  labelHidden?: boolean;
  className?: string;
}

/**
 * A labelled input over a live document value: shows others' changes at once, keeps the local draft while
 * focused, writes after a short pause in typing, on blur and on Enter; Escape undoes the edit since focus.
 */
export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, editable, type = 'text', multiline, hint, labelHidden, className } = props;
  const id = useId();
  const action = useConceptAction();
  const draft = useDraft(value, onCommit);
  const save = () => action.run(draft.commit);
  // A pause in typing writes what is there, so others see it and a reload or a closed tab loses nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts with every keystroke; draft.flush is this render's
  useEffect(() => {
    if (draft.revision === 0) return;
    const timer = setTimeout(() => action.run(draft.flush), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft.revision]);
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && !multiline) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape' && draft.editing) {
      action.run(draft.revert);
    }
  }
  const describedBy = [hint ? `${id}-hint` : '', action.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const shared = {
    id,
    value: draft.value,
    readOnly: !editable,
    'aria-invalid': action.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onFocus: draft.onFocus,
    onBlur: save,
    onKeyDown,
  };
  return (
    <div className={`wb-field ${className ?? ''}`.trim()}>
      <label htmlFor={id} className={labelHidden ? 'wb-visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => draft.onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          min={type === 'number' ? 0 : undefined}
          step={type === 'number' ? 'any' : undefined}
          onChange={(event) => draft.onChange(event.target.value)}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="wb-hint">
          {hint}
        </p>
      )}
      <ErrorNote id={`${id}-error`} message={action.error} />
    </div>
  );
}
