import { useEffect, useRef, useState } from 'react';

/** The value an input shows and the handlers that keep a local draft while it is being edited. */
export interface Draft {
  value: string;
  editing: boolean;
  onFocus: () => void;
  onChange: (value: string) => void;
  /** Writes the draft if it differs from the document; throws (keeping the draft) if the write is refused. */
  commit: () => void;
  /** Drops the draft and shows the document's value again. */
  revert: () => void;
}

/**
 * A local draft over a live value: while the user edits, remote changes do not overwrite what they type;
 * once they leave the field (or it unmounts), the draft is written with `write`, and the live value shows
 * again. A write that throws keeps the draft so the user can correct it.
 */
export function useDraft(live: string, write: (value: string) => void): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, live, write });
  latest.current = { draft, live, write };
  useEffect(
    () => () => {
      const { draft: pending, live: current, write: save } = latest.current;
      if (pending !== null && pending !== current) {
        try {
          save(pending);
        } catch {
          // The field is gone; a refused last edit has nowhere to be shown.
        }
      }
    },
    [],
  );
  function commit(): void {
    if (draft !== null && draft !== live) write(draft);
    setDraft(null);
  }
  return {
    value: draft ?? live,
    editing: draft !== null,
    onFocus: () => setDraft((current) => current ?? live),
    onChange: setDraft,
    commit,
    revert: () => setDraft(null),
  };
}
