import type { WorkshopJSON } from '@werkbank/concept';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `DeleteWorkshopDialog`. */
export interface DeleteWorkshopDialogProps {
  workshop: WorkshopJSON;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting a workshop: its proposals and votes go for good. Focus starts on "Abbrechen". */
export function DeleteWorkshopDialog({ workshop, onConfirm, onCancel }: DeleteWorkshopDialogProps) {
  const t = useT();
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === confirm.current ? cancel : confirm).current?.focus();
    }
  }
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="wb-dialog"
      onKeyDown={onKeyDown}
    >
      <h3 id={`${id}-title`}>
        {t('editor.workshop.deleteTitle', { title: workshop.title || t('common.untitled') })}
      </h3>
      <div id={`${id}-body`}>
        <p>{countMessage(t, 'editor.workshop.deleteProposals', workshop.proposals.length)}</p>
        <p>{t('editor.workshop.deleteMeasures')}</p>
      </div>
      <div className="wb-dialog__actions">
        <button ref={confirm} type="button" className="wb-danger" onClick={onConfirm}>
          {t('editor.workshop.deleteConfirm')}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
