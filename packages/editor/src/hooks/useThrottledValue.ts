import { useEffect, useState } from 'react';
import { replaceEqualDeep } from './replaceEqualDeep.ts';

interface Computed<T> {
  compute: () => T;
  resetKeys: readonly unknown[];
  value: T;
  at: number;
}

function run<T>(compute: () => T, resetKeys: readonly unknown[], previous?: T): Computed<T> {
  return { compute, resetKeys, value: replaceEqualDeep(previous, compute()), at: Date.now() };
}

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((key, i) => Object.is(key, b[i]));
}

/**
 * `compute()`, run again whenever `compute` changes but at most once per `delayMs` (a change after a quiet
 * spell at once, later ones when the spell ends). New `resetKeys` (another document) run it at once.
 * Unchanged parts of the value keep their identity.
 * @example const findings = useThrottledValue(check, 800, [doc]); // `check` a useCallback over the inputs
 */
export function useThrottledValue<T>(compute: () => T, delayMs: number, resetKeys: readonly unknown[]): T {
  const [state, setState] = useState(() => run(compute, resetKeys));
  let current = state;
  if (!sameKeys(state.resetKeys, resetKeys)) {
    current = run(compute, resetKeys);
    setState(current);
  }
  useEffect(() => {
    if (current.compute === compute) return;
    const wait = Math.max(0, current.at + delayMs - Date.now());
    const timer = setTimeout(() => setState(run(compute, current.resetKeys, current.value)), wait);
    return () => clearTimeout(timer);
  }, [current, compute, delayMs]);
  return current.value;
}
