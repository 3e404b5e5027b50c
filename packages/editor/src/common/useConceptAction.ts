import { useCallback, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { describeError } from './describeError.ts';

/** Runs verbs and keeps a readable message of the last refusal. */
export interface ConceptAction {
  error: string | null;
  /** Runs `change`; returns whether it went through. */
  run: (change: () => void) => boolean;
  clear: () => void;
}

/**
 * Wraps calls to concept's verbs so a refused change (ConceptError) becomes a message instead of a crash.
 * @example const action = useConceptAction(); action.run(() => moveGoal(doc, id, parentId));
 */
export function useConceptAction(): ConceptAction {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (change: () => void) => {
      try {
        change();
        setError(null);
        return true;
      } catch (caught) {
        setError(describeError(t, caught));
        return false;
      }
    },
    [t],
  );
  const clear = useCallback(() => setError(null), []);
  return { error, run, clear };
}
