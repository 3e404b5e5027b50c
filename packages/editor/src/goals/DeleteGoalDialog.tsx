import type { ChildrenPolicy } from '@werkbank/concept';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `DeleteGoalDialog`. */
export interface DeleteGoalDialogProps {
  title: string;
  /** Number of all sub-goals (children, grandchildren). */
  descendants: number;
  onConfirm: (policy: ChildrenPolicy) => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a goal. With sub-goals it offers two clearly named choices: move them up one level,
 * or delete them too. Escape cancels; focus starts on the safe choice.
 */
export function DeleteGoalDialog({ title, descendants, onConfirm, onCancel }: DeleteGoalDialogProps) {
  const t = useT();
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className="wb-dialog"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={`${id}-title`}>{t('goal.deleteTitle', { title })}</h3>
      <p id={`${id}-text`}>
        {descendants > 0 && `${t('goal.deleteChildren', { count: descendants })} `}
        {t('goal.deleteNote')}
      </p>
      <div className="wb-dialog__actions">
        {descendants > 0 ? (
          <>
            <button ref={first} type="button" onClick={() => onConfirm('reparent')}>
              {t('goal.deleteReparent')}
            </button>
            <button type="button" className="wb-danger" onClick={() => onConfirm('delete')}>
              {t('goal.deleteCascade')}
            </button>
          </>
        ) : (
          <button ref={first} type="button" className="wb-danger" onClick={() => onConfirm('delete')}>
            {t('goal.deleteConfirm')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
