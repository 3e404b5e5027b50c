import { type GoalLevelName, keys, readGoalLevels } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.GOAL_LEVELS] };

/** The concept's goal level names, top level first (Leitziel, Mittlerziel, … as the concept names them), live. */
export function useGoalLevels(doc: Y.Doc): GoalLevelName[] {
  return useConceptSnapshot(doc, readGoalLevels, scope);
}
