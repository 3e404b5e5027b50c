import { useT } from '@werkbank/editor';
import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Hide the close button when the dialog must be answered (e.g. the first visit's name). */
  dismissible?: boolean;
  className?: string;
}

/**
 * A modal dialog on the native `<dialog>`: the page behind is inert (focus stays inside), Escape closes,
 * the title labels it, and focus returns to where it was.
 */
export function Modal({ title, onClose, children, dismissible = true, className }: ModalProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      if (dismissible) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      previous?.focus?.();
    };
  }, [dismissible]);

  return (
    <dialog ref={ref} aria-labelledby={titleId} className={`modal ${className ?? ''}`}>
      <div className="modal-header">
        <h2 id={titleId}>{title}</h2>
        {dismissible && (
          <button
            type="button"
            className="button-quiet modal-close"
            onClick={onClose}
            aria-label={t('web.close')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
