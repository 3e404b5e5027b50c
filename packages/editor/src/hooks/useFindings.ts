import { type ConceptTemplate, checkConcept, type Finding, toJSON } from '@werkbank/concept';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { throttledSnapshot } from './throttledSnapshot.ts';

/** Options of `useFindings`. */
export interface UseFindingsOptions {
  /** The concept's template, for the measure fields it requires. */
  template?: Pick<ConceptTemplate, 'requiredMeasureFields'>;
  /** At most one check per this many milliseconds while people type (default 800). */
  delayMs?: number;
}

/**
 * What `checkConcept` notices about the concept (Handlungsziele without measure, measures without lead, …),
 * recomputed at most every `delayMs` because it reads the whole document.
 */
export function useFindings(doc: Y.Doc, options: UseFindingsOptions = {}): Finding[] {
  const { template, delayMs = 800 } = options;
  // Keyed by content, so a template object recreated on every render does not restart the checks.
  const required = template?.requiredMeasureFields.join(',') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `required` stands for the template's content
  const store = useMemo(
    () => throttledSnapshot(doc, () => checkConcept(toJSON(doc), template), delayMs),
    [doc, required, delayMs],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
