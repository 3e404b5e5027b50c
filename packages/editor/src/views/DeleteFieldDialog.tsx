import type { FieldOfActionJSON } from '@werkbank/concept';
import { useEffect, useId, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../i18n/useT.ts';
import { OthersEditingNote } from '../presence/OthersEditingNote.tsx';
import { usePresenceByEntity } from '../presence/usePresenceByEntity.ts';

/** Props of `DeleteFieldDialog`. */
export interface DeleteFieldDialogProps {
  field: FieldOfActionJSON;
  others: readonly FieldOfActionJSON[];
  /** To warn when someone else is at this field right now. */
  awareness?: Awareness | null;
  onConfirm: (reassignTo: string | null) => void;
  onCancel: () => void;
}

/** Asks before deleting a field of action and where its measures, goals and proposals go instead. */
export function DeleteFieldDialog({ field, others, awareness, onConfirm, onCancel }: DeleteFieldDialogProps) {
  const t = useT();
  const here = usePresenceByEntity(awareness, 'fieldOfAction').get(field.id) ?? [];
  const id = useId();
  const [target, setTarget] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      className="wb-dialog"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{t('field.deleteTitle', { title: field.title })}</h3>
      <OthersEditingNote users={here} what={t('presence.thisField')} />
      <p>{t('field.deleteTrash')}</p>
      <label htmlFor={`${id}-target`}>{t('field.reassign')}</label>
      <select
        ref={select}
        id={`${id}-target`}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
      >
        <option value="">{t('field.reassignNone')}</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.title}
          </option>
        ))}
      </select>
      <div className="wb-dialog__actions">
        <button type="button" className="wb-danger" onClick={() => onConfirm(target || null)}>
          {t('common.delete')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
