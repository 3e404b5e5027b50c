import { useEffect, useRef, useState } from 'react';

/** The value an input shows and the handlers that keep a local draft while it is being edited. */
export interface Draft {
  value: string;
  editing: boolean;
  /** Counts the user's changes in this field; a pause after one is when to `flush`. */
  revision: number;
  onFocus: () => void;
  onChange: (value: string) => void;
  /** Writes the draft if it differs from the document and keeps editing; throws (keeping the draft) if refused. */
  flush: () => void;
  /** Writes the draft if it differs from the document and ends editing; throws (keeping the draft) if refused. */
  commit: () => void;
  /**
   * Drops the draft and shows the document's value again. If parts of this edit were already written (by
   * `flush`), the value the field had when editing began is written back, so Escape undoes the whole edit.
   */
  revert: () => void;
}

/**
 * A local draft over a live value: while the user edits, remote changes do not overwrite what they type;
 * the draft is written with `write` whenever the field asks (`flush`, after a pause in typing), when the user
 * leaves the field, when it unmounts and when the page is hidden or unloaded, so a reload or a closed tab
 * loses nothing. A write that throws keeps the draft so the user can correct it.
 */
export function useDraft(live: string, write: (value: string) => void): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  // The document's value when this edit began, whether the user has typed since the last write (only then is
  // the draft written: focusing a field must not write back a value someone else has changed meanwhile), and
  // whether part of the edit has been written already.
  const edit = useRef<{ origin: string; typed: boolean; flushed: boolean } | null>(null);
  const latest = useRef({ draft, live, write });
  latest.current = { draft, live, write };

  function writePending(): void {
    const { draft: pending, live: current, write: save } = latest.current;
    const started = edit.current;
    if (pending === null || !started?.typed || pending === current) return;
    save(pending);
    started.typed = false;
    started.flushed = true;
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: writePending reads the latest values through a ref
  useEffect(() => {
    function onPageHide(): void {
      try {
        writePending();
      } catch {
        // A refused write stays in the field as a draft; the page is going away, nothing to show it in.
      }
    }
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      onPageHide();
    };
  }, []);

  function end(): void {
    edit.current = null;
    setDraft(null);
  }
  return {
    value: draft ?? live,
    editing: draft !== null,
    revision,
    onFocus: () => {
      edit.current ??= { origin: live, typed: false, flushed: false };
      setDraft((current) => current ?? live);
    },
    onChange: (value) => {
      edit.current ??= { origin: live, typed: false, flushed: false };
      edit.current.typed = true;
      setDraft(value);
      setRevision((n) => n + 1);
    },
    flush: writePending,
    commit: () => {
      writePending();
      end();
    },
    revert: () => {
      const started = edit.current;
      if (started?.flushed && started.origin !== latest.current.live) write(started.origin);
      end();
    },
  };
}
