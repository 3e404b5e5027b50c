import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `ConfirmDialog`. */
export interface ConfirmDialogProps {
  title: ReactNode;
  /** What happens if confirmed; read out with the title. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline alert dialog that asks before something that cannot be taken back lightly: the consequence, a
 * danger button and "Abbrechen". Focus starts on "Abbrechen", Tab stays between the two, Escape cancels.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
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
      // Two buttons: Tab from either lands on the other, so focus stays in the dialog.
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
      <h3 id={`${id}-title`}>{title}</h3>
      <div id={`${id}-body`}>{children}</div>
      <div className="wb-dialog__actions">
        <button ref={confirm} type="button" className="wb-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
