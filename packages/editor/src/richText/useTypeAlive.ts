import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { isTypeAlive } from './isTypeAlive.ts';

/**
 * Whether `type` still lives in its document; turns false in the same tick as the transaction that deleted
 * it or its entity, so an editor bound to it can unmount before it swallows further typing.
 */
// biome-ignore lint/suspicious/noExplicitAny: Y types are invariant in their event type
export function useTypeAlive(type: Y.AbstractType<any>): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const doc = type.doc;
      if (!doc) return () => {};
      doc.on('afterTransaction', listener);
      return () => doc.off('afterTransaction', listener);
    },
    [type],
  );
  const getSnapshot = useCallback(() => isTypeAlive(type), [type]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
