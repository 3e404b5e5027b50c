import { type GoalJSON, type GoalNode, goalTree, type Light } from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useGoals } from './useGoals.ts';

/** The goal tree (Leitziel → Mittlerziel → Handlungsziel) with levels and numbers, live. */
export function useGoalTree(doc: Y.Doc): GoalNode<Light<GoalJSON>>[] {
  const goals = useGoals(doc);
  return useMemo(() => goalTree(goals), [goals]);
}
