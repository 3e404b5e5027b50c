import type { ChildrenPolicy } from '@werkbank/concept';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { OthersEditingNote } from '../presence/OthersEditingNote.tsx';
import type { PresenceUser } from '../presence/PresenceUser.ts';

/** Props of `DeleteGoalDialog`. */
export interface DeleteGoalDialogProps {
  title: string;
  /** Number of all sub-goals (children, grandchildren). */
  descendants: number;
  /** Who is at this goal right now (self included or not): others are named in a warning. */
  usersHere?: readonly PresenceUser[];
  onConfirm: (policy: ChildrenPolicy) => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a goal. With sub-goals it offers two clearly named choices: move them up one level,
 * or delete them too. Escape cancels; focus starts on the safe choice.
 */
export function DeleteGoalDialog(props: DeleteGoalDialogProps) {
  const { title, descendants, usersHere = [], onConfirm, onCancel } = props;
  const t = useT();
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-others ${id}-text`}
      className="wb-dialog"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={`${id}-title`}>{t('goal.deleteTitle', { title })}</h3>
      <OthersEditingNote id={`${id}-others`} users={usersHere} what={t('presence.thisGoal')} />
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
