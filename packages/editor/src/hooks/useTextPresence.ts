import { type ChecklistInput, keys, readTextPresence } from '@werkbank/concept';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { replaceEqualDeep } from './replaceEqualDeep.ts';

type TextPresence = Pick<ChecklistInput, 'chapters' | 'vision'>;

/**
 * Whether each chapter and the Leitbild hold text, live. Typing re-reads only whether a body has text (stopping
 * at its first character), and the result keeps its identity while that does not change.
 * @example const { chapters, vision } = useTextPresence(doc);
 */
export function useTextPresence(doc: Y.Doc): TextPresence {
  const store = useMemo(() => {
    let version = 0;
    let cached: { version: number; value: TextPresence } | undefined;
    return {
      subscribe(listener: () => void) {
        const bump = () => {
          version++;
          listener();
        };
        const chapters = doc.getMap<unknown>(keys.CHAPTERS);
        const vision = doc.getXmlFragment(keys.VISION);
        chapters.observeDeep(bump);
        vision.observeDeep(bump);
        return () => {
          chapters.unobserveDeep(bump);
          vision.unobserveDeep(bump);
        };
      },
      read(): TextPresence {
        if (cached?.version === version) return cached.value;
        cached = { version, value: replaceEqualDeep(cached?.value, readTextPresence(doc)) };
        return cached.value;
      },
    };
  }, [doc]);
  const read = useCallback(() => store.read(), [store]);
  return useSyncExternalStore(store.subscribe, read, read);
}
