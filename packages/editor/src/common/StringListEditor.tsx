import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { Icon } from './Icon.tsx';
import { useConceptAction } from './useConceptAction.ts';

/** Props of `StringListEditor`. */
export interface StringListEditorProps {
  label: string;
  items: readonly string[];
  /** Writes the whole new list through a verb. */
  onChange: (items: string[]) => void;
  editable: boolean;
}

/** A short list of names (target groups, partners): add by typing and Enter, remove by button. */
export function StringListEditor({ label, items, onChange, editable }: StringListEditorProps) {
  const t = useT();
  const id = useId();
  const action = useConceptAction();
  const [entry, setEntry] = useState('');
  function add(event: FormEvent) {
    event.preventDefault();
    const value = entry.trim();
    if (!value || items.includes(value)) return;
    if (action.run(() => onChange([...items, value]))) setEntry('');
  }
  return (
    <fieldset className="wb-fieldset wb-list-editor">
      <legend>{label}</legend>
      {items.length === 0 && !editable && <p className="wb-hint">{t('list.empty')}</p>}
      <ul className="wb-chips">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: names can repeat after concurrent edits; position is their identity
          <li key={`${item}-${index}`} className="wb-chip">
            <span>{item}</span>
            {editable && (
              <button
                type="button"
                className="wb-icon-button"
                aria-label={t('common.remove', { title: item })}
                onClick={() => action.run(() => onChange(items.filter((_, i) => i !== index)))}
              >
                <Icon name="close" />
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        // A nested <form> is invalid HTML, so Enter is handled on the input instead.
        <div className="wb-list-editor__add">
          <label htmlFor={`${id}-new`} className="wb-visually-hidden">
            {t('list.newItem', { label })}
          </label>
          <input
            id={`${id}-new`}
            value={entry}
            onChange={(event) => setEntry(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add(event);
            }}
          />
          <button type="button" onClick={add}>
            {t('common.add')}
          </button>
        </div>
      )}
      <ErrorNote message={action.error} />
    </fieldset>
  );
}
