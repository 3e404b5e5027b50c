import {
  type ConceptTemplate,
  checkConcept,
  type Finding,
  keys,
  type Light,
  type MeasureJSON,
  readMeasures,
} from '@werkbank/concept';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';
import { useGoals } from './useGoals.ts';
import { useMeasures } from './useMeasures.ts';
import { useThrottledValue } from './useThrottledValue.ts';

/** Options of `useFindings`. */
export interface UseFindingsOptions {
  /** The concept's template, for the measure fields it requires. */
  template?: Pick<ConceptTemplate, 'requiredMeasureFields'>;
  /** At most one check per this many milliseconds while goals and measures change (default 800). */
  delayMs?: number;
}

const richTextScope = {
  keys: [keys.MEASURES, keys.GOALS, keys.FIELDS_OF_ACTION, keys.PHENOMENA],
  richText: true,
};
const noScope = { keys: [] };

function readMeasuresWithRichText(doc: Y.Doc): Light<MeasureJSON>[] {
  return readMeasures(doc, { richText: true });
}

function readNothing(): null {
  return null;
}

/**
 * What `checkConcept` notices about the concept (Handlungsziele without measure, measures without lead, …).
 * It checks the goals and measures that `useGoals` and `useMeasures` already read, so typing in a text does
 * not re-check; rich text is read only if the template requires a measure's description.
 * @example const findings = useFindings(doc, { delayMs: 5000 });
 */
export function useFindings(doc: Y.Doc, options: UseFindingsOptions = {}): Finding[] {
  const { template, delayMs = 800 } = options;
  // Keyed by content, so a template object recreated on every render does not restart the checks.
  const required = template?.requiredMeasureFields.join(',') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `required` stands for the template's content
  const checkTemplate = useMemo(() => template, [required]);
  const withRichText = checkTemplate?.requiredMeasureFields.includes('description') ?? false;
  const goals = useGoals(doc);
  const lightMeasures = useMeasures(doc);
  const richMeasures = useConceptSnapshot(
    doc,
    withRichText ? readMeasuresWithRichText : readNothing,
    withRichText ? richTextScope : noScope,
  );
  const measures = richMeasures ?? lightMeasures;
  const check = useCallback(
    () => checkConcept({ goals, measures }, checkTemplate),
    [goals, measures, checkTemplate],
  );
  return useThrottledValue(check, delayMs, [doc, checkTemplate]);
}
