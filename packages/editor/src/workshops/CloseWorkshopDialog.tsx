import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `CloseWorkshopDialog`. */
export interface CloseWorkshopDialogProps {
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before ending a workshop: participants can then neither write nor vote. Focus starts on "Abbrechen". */
export function CloseWorkshopDialog({ onConfirm, onCancel }: CloseWorkshopDialogProps) {
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
      <h3 id={`${id}-title`}>{t('editor.workshop.closeTitle')}</h3>
      <p id={`${id}-body`}>{t('editor.workshop.closeBody')}</p>
      <div className="wb-dialog__actions">
        <button ref={confirm} type="button" className="wb-danger" onClick={onConfirm}>
          {t('editor.workshop.closeConfirm')}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
