import {
  type ChecklistProgress,
  checklistProgress,
  keys,
  type PathTemplate,
  readChecklist,
  readChecklistTicks,
  readMeta,
} from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useCheckedParts } from './useCheckedParts.ts';
import { useConceptSnapshot } from './useConceptSnapshot.ts';
import { useGoals } from './useGoals.ts';
import { useMeasures } from './useMeasures.ts';
import { useTextPresence } from './useTextPresence.ts';

const marksScope = { keys: [keys.META, keys.CHECKLIST, keys.CHECKLIST_TICKS] };

function readMarks(doc: Y.Doc) {
  return { meta: readMeta(doc), checklist: readChecklist(doc), checklistTicks: readChecklistTicks(doc) };
}

/**
 * The process path, live: the current phase and every phase's checklist, hand ticks with who and when, and
 * the items Werkbank checks itself ticked by their checks. Null without a template.
 * @example const progress = useChecklistProgress(doc, template); // progress?.phases[0].done
 */
export function useChecklistProgress(doc: Y.Doc, template: PathTemplate | null): ChecklistProgress | null {
  const marks = useConceptSnapshot(doc, readMarks, marksScope);
  const goals = useGoals(doc);
  const measures = useMeasures(doc);
  const texts = useTextPresence(doc);
  const parts = useCheckedParts(doc);
  return useMemo(
    () => (template ? checklistProgress({ ...marks, goals, measures, ...texts, ...parts }, template) : null),
    [template, marks, goals, measures, texts, parts],
  );
}
