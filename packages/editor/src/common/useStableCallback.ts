import { useCallback, useLayoutEffect, useRef } from 'react';

/** A function of stable identity that always calls the latest `callback` (keeps memoised rows from re-rendering). */
export function useStableCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const ref = useRef(callback);
  useLayoutEffect(() => {
    ref.current = callback;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
