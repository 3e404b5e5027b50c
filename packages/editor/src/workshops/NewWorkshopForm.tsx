import { addWorkshop } from '@werkbank/concept';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { WorkshopFields } from './WorkshopFields.tsx';
import type { WorkshopSettingsValue } from './WorkshopSettingsValue.ts';

/** Props of `NewWorkshopForm`. */
export interface NewWorkshopFormProps {
  doc: Y.Doc;
  /** Called with the new workshop's id. */
  onCreated: (workshopId: string) => void;
  onCancel: () => void;
}

const initial: WorkshopSettingsValue = {
  title: '',
  date: '',
  place: '',
  online: false,
  format: '',
  fieldIds: [],
  guidingQuestions: [],
  dotsPerParticipant: 5,
  stackDots: true,
  // New workshops wait for release: a public event should not put an insult on the projector unseen.
  release: 'moderated',
};

/** Sets up a new workshop; nothing is written to the concept until "Anlegen". */
export function NewWorkshopForm({ doc, onCreated, onCancel }: NewWorkshopFormProps) {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const action = useConceptAction();
  const [value, setValue] = useState(initial);
  const [titleMissing, setTitleMissing] = useState(false);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  function submit(event: FormEvent) {
    event.preventDefault();
    // A field's pending draft is written on blur, which comes before this; read the latest state.
    const settings = latest.current;
    setTitleMissing(!settings.title.trim());
    if (!settings.title.trim()) {
      form.current?.querySelector('input')?.focus();
      return;
    }
    let created = '';
    if (action.run(() => (created = addWorkshop(doc, { ...settings, title: settings.title.trim() })))) {
      onCreated(created);
    }
  }
  return (
    <form
      ref={form}
      className="wb-section wb-workshop-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
    >
      <h2 id={`${id}-title`}>{t('editor.workshop.newHeading')}</h2>
      <WorkshopFields
        doc={doc}
        value={value}
        editable
        onChange={(patch) =>
          setValue((current) => {
            latest.current = { ...current, ...patch };
            return latest.current;
          })
        }
      />
      <ErrorNote message={titleMissing ? t('editor.workshop.titleRequired') : action.error} />
      <div className="wb-row-actions">
        <button type="submit" className="wb-primary">
          {t('editor.workshop.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
