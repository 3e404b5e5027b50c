import { type GoalJSON, type GoalNode, goalTree, type Light } from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useGoalLevels } from './useGoalLevels.ts';
import { useGoals } from './useGoals.ts';

/** The goal tree with levels (as many as the concept names) and numbers, live. */
export function useGoalTree(doc: Y.Doc): GoalNode<Light<GoalJSON>>[] {
  const goals = useGoals(doc);
  const levelCount = useGoalLevels(doc).length;
  return useMemo(() => goalTree(goals, levelCount), [goals, levelCount]);
}
