import type { GoalJSON, Light } from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useGoals } from './useGoals.ts';

/** One goal without its description, or undefined once it is deleted. */
export function useGoal(doc: Y.Doc, id: string): Light<GoalJSON> | undefined {
  const goals = useGoals(doc);
  return useMemo(() => goals.find((g) => g.id === id), [goals, id]);
}
