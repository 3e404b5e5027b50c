import type * as Y from 'yjs';
import { replaceEqualDeep } from './replaceEqualDeep.ts';

/** A store whose value is recomputed at most once per `delayMs` while the document changes. */
export interface ThrottledSnapshot<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

/** Wraps an expensive whole-document computation (e.g. checks) for `useSyncExternalStore`. */
export function throttledSnapshot<T>(doc: Y.Doc, compute: () => T, delayMs: number): ThrottledSnapshot<T> {
  const listeners = new Set<() => void>();
  let value: T | undefined;
  let stale = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    timer = undefined;
    value = replaceEqualDeep(value, compute());
    stale = false;
    for (const listener of [...listeners]) listener();
  };
  const onUpdate = () => {
    stale = true;
    timer ??= setTimeout(refresh, delayMs);
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        doc.on('update', onUpdate);
        stale = true;
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        doc.off('update', onUpdate);
        clearTimeout(timer);
        timer = undefined;
      };
    },
    getSnapshot() {
      if (value === undefined || (stale && timer === undefined)) {
        value = replaceEqualDeep(value, compute());
        stale = false;
      }
      return value as T;
    },
  };
}
