import { fragmentHasText, visionFragment } from '@werkbank/concept';
import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** Whether the vision (Leitbild) has any text yet, live. */
export function useVisionWritten(doc: Y.Doc): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const fragment = visionFragment(doc);
      fragment.observeDeep(onChange);
      return () => fragment.unobserveDeep(onChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => fragmentHasText(visionFragment(doc)));
}
