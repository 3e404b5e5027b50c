import { startRevision } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';

interface RevisionPromptProps {
  doc: Y.Doc;
  adoptedName: string;
  /** The revision was begun under `name`. */
  onStarted(name: string): void;
  /** The person took their change back. */
  onDiscard(): void;
}

/**
 * Asked at the first edit after an adoption: begin the next revision under a name, or take the change back.
 * It stands above the part being edited (announced by the caller) and takes no focus: typing goes on meanwhile.
 */
export function RevisionPrompt({ doc, adoptedName, onStarted, onDiscard }: RevisionPromptProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(() =>
    t('web.revision.defaultName', { year: new Date().getFullYear() + 1 }),
  );
  const [error, setError] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('web.revision.nameRequired'));
      return;
    }
    startRevision(doc, { name: name.trim() });
    onStarted(name.trim());
  }

  return (
    <section className="revision-prompt" aria-labelledby={`${id}-title`}>
      {/* Not a heading: it stands above the part's own headings, which it must not outrank. */}
      <p id={`${id}-title`} className="revision-title">
        {t('web.revision.title')}
      </p>
      <p>{t('web.revision.text', { adopted: adoptedName })}</p>
      <form onSubmit={submit} noValidate className="revision-form">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('web.revision.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button-primary">
          {t('web.revision.start')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('web.revision.discard')}
        </button>
      </form>
    </section>
  );
}
