import { useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `GoalTitleInput`. */
export interface GoalTitleInputProps {
  initial: string;
  /** Called with the new title, or null when the user cancelled (Escape). */
  onDone: (title: string | null) => void;
}

/** The inline rename field of a tree row: Enter or leaving saves, Escape cancels. */
export function GoalTitleInput({ initial, onDone }: GoalTitleInputProps) {
  const t = useT();
  const [title, setTitle] = useState(initial);
  // Enter unmounts the field, which may also fire blur: finish only once.
  const done = useRef(false);
  function finish(value: string | null) {
    if (done.current) return;
    done.current = true;
    onDone(value);
  }
  return (
    <input
      className="wb-goal-title-input"
      aria-label={t('goal.titleInput')}
      value={title}
      // biome-ignore lint/a11y/noAutofocus: renaming is started on request and needs the field focused
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setTitle(event.target.value)}
      onBlur={() => finish(title)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(title);
        if (event.key === 'Escape') finish(null);
      }}
    />
  );
}
