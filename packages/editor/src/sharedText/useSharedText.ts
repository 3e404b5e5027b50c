import { findEntity, type keys, textValue } from '@werkbank/concept';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { shiftPosition } from './shiftPosition.ts';

/** Which text field of which entity a `SharedTextField` is bound to. */
export interface SharedTextTarget {
  doc: Y.Doc;
  collection: keys.CollectionKey;
  id: string;
  field: string;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

function storedText(entity: Y.Map<unknown> | undefined, field: string): string {
  const value = textValue(entity?.get(field));
  return typeof value === 'string' ? value : '';
}

/**
 * Binds an uncontrolled input to a text field of an entity: others' characters are put into the element in
 * the same task that applies them (never in a later render), with the caret kept where it was, so the next
 * keystroke always edits what is stored and a diff of it cannot undo someone else's typing.
 * Returns the element ref and `resync`, which shows the stored text again (after a refused write).
 */
export function useSharedText({ doc, collection, id, field }: SharedTextTarget): {
  ref: RefObject<TextElement | null>;
  /** The ref callback for the element: an element mounted anew shows the stored text at once. */
  bind: (element: TextElement | null) => void;
  resync: () => void;
} {
  const ref = useRef<TextElement | null>(null);
  const resync = useRef(() => {});
  useEffect(() => {
    function sync(): void {
      const element = ref.current;
      if (!element) return;
      const next = storedText(findEntity(doc, collection, id), field);
      const before = element.value;
      if (next === before) return;
      const focused = element.ownerDocument.activeElement === element;
      const { selectionStart, selectionEnd } = element;
      element.value = next;
      if (focused && selectionStart !== null && selectionEnd !== null) {
        element.setSelectionRange(
          shiftPosition(before, next, selectionStart),
          shiftPosition(before, next, selectionEnd),
        );
      }
    }
    resync.current = sync;
    sync();
    // The entity may be replaced or come back (restore); watching the collection deeply catches both, and a
    // change elsewhere costs one string comparison.
    const entities = doc.getMap<unknown>(collection);
    entities.observeDeep(sync);
    return () => entities.unobserveDeep(sync);
  }, [doc, collection, id, field]);
  const bind = useCallback(
    (element: TextElement | null): void => {
      const mounted = element !== null && element !== ref.current;
      ref.current = element;
      if (!mounted) return;
      const stored = storedText(findEntity(doc, collection, id), field);
      if (element.value !== stored) element.value = stored;
    },
    [doc, collection, id, field],
  );
  return { ref, bind, resync: () => resync.current() };
}
