import {
  type CheckedTemplate,
  checkConcept,
  type Finding,
  keys,
  type Light,
  type MeasureJSON,
  readMeasures,
} from '@werkbank/concept';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { readCheckedPartsAhead, useCheckedParts } from './useCheckedParts.ts';
import { readConceptSnapshot, useConceptSnapshot } from './useConceptSnapshot.ts';
import { readGoalsAhead, useGoals } from './useGoals.ts';
import { readMeasuresAhead, useMeasures } from './useMeasures.ts';
import { useTextPresence } from './useTextPresence.ts';
import { useThrottledValue } from './useThrottledValue.ts';

/** Options of `useFindings`. */
export interface UseFindingsOptions {
  /** The concept's template: the measure fields and chapters it requires (without it: goal, lead, period, indicator). */
  template?: CheckedTemplate;
  /** At most one check per this many milliseconds while the concept changes (default 800). */
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

function templateKey(template: CheckedTemplate | undefined): string {
  if (!template) return '';
  const optional = (template.chapters ?? []).filter((c) => c.required === false).map((c) => c.key);
  return `${template.requiredMeasureFields?.join(',') ?? '-'}|${optional.join(',')}`;
}

/**
 * The reads `useFindings` makes, as steps to run one a task before it mounts (for 300 measures each takes up to
 * 0.15 s on a slow machine, all in one task 0.35 s). Each step returns what lets its read go: call them all once
 * `useFindings` has mounted; until then only a change to what it read makes it read again.
 * @example const releases = findingsReadsAhead(doc, template).map((step) => step()); // one a task, in truth
 */
export function findingsReadsAhead(doc: Y.Doc, template?: CheckedTemplate): (() => () => void)[] {
  const withRichText = template?.requiredMeasureFields?.includes('description') ?? false;
  return [
    () => readMeasuresAhead(doc),
    () => readGoalsAhead(doc),
    () => readCheckedPartsAhead(doc),
    ...(withRichText ? [() => readConceptSnapshot(doc, readMeasuresWithRichText, richTextScope)] : []),
  ];
}

/**
 * What `checkConcept` notices about the concept: empty chapters and Leitbild, missing actors, fields of action
 * without goals, Handlungsziele without measure, incomplete measures, goals phrased as activities, unanswered
 * proposals, resolutions dated too early. Typing in a text re-reads only whether it holds text; measures'
 * rich text is read only if the template requires a description.
 * @example const findings = useFindings(doc, { template, delayMs: 5000 });
 */
export function useFindings(doc: Y.Doc, options: UseFindingsOptions = {}): Finding[] {
  const { template, delayMs = 800 } = options;
  // Keyed by content, so a template object recreated on every render does not restart the checks.
  const key = templateKey(template);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the template's content
  const checkTemplate = useMemo(() => template, [key]);
  const withRichText = checkTemplate?.requiredMeasureFields?.includes('description') ?? false;
  const goals = useGoals(doc);
  const lightMeasures = useMeasures(doc);
  const texts = useTextPresence(doc);
  const parts = useCheckedParts(doc);
  const richMeasures = useConceptSnapshot(
    doc,
    withRichText ? readMeasuresWithRichText : readNothing,
    withRichText ? richTextScope : noScope,
  );
  const measures = richMeasures ?? lightMeasures;
  const check = useCallback(
    () => checkConcept({ goals, measures, ...texts, ...parts }, checkTemplate),
    [goals, measures, texts, parts, checkTemplate],
  );
  return useThrottledValue(check, delayMs, [doc, checkTemplate]);
}
