import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type ChangeScope, type ChangeSource, changeSource } from './changeSource.ts';
import { replaceEqualDeep } from './replaceEqualDeep.ts';

function snapshotOf<T>(source: ChangeSource, doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const version = source.version();
  const cached = source.memo.get(read);
  if (cached && cached.version === version) return cached.value as T;
  const value = replaceEqualDeep(cached?.value, read(doc));
  source.memo.set(read, { version, value });
  return value;
}

/**
 * Reads plain data from a concept Y.Doc and re-renders when it changes. The result keeps the identity of
 * every unchanged part (structural sharing), so memoised children of unchanged entities do not re-render.
 * `read` should be stable (a module function or `useCallback`): its result is shared per document and
 * scope. Pass a `scope` to observe only some collections and to ignore typing inside rich-text bodies.
 * @example const measures = useConceptSnapshot(doc, readMeasures, { keys: [keys.MEASURES] });
 */
export function useConceptSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T, scope?: ChangeScope): T {
  const scopeId = `${scope?.keys?.join(',') ?? '*'}|${scope?.richText ? 'rt' : ''}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scopeId stands for scope's content
  const source = useMemo(() => changeSource(doc, scope), [doc, scopeId]);
  const getSnapshot = useCallback((): T => snapshotOf(source, doc, read), [source, read, doc]);
  return useSyncExternalStore(source.subscribe, getSnapshot, getSnapshot);
}

/**
 * What `useConceptSnapshot(doc, read, scope)` returns, read now into the shared memo, for a component mounted later
 * to take from there: a heavy component's reads can run ahead, each in a task of its own, instead of all in the task
 * that renders it. Until the returned function is called, the read stays current as `useConceptSnapshot`'s would:
 * only a change within `scope` makes it stale (call it once the component has mounted).
 */
export function readConceptSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T, scope?: ChangeScope): () => void {
  const source = changeSource(doc, scope);
  snapshotOf(source, doc, read);
  return source.subscribe(() => {});
}
