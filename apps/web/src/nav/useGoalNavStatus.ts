import type { GoalJSON, GoalNode, Light, MeasureJSON } from '@werkbank/concept';
import { useGoalLevels } from '@werkbank/editor';
import { useContext, useMemo, useRef } from 'react';
import * as Y from 'yjs';
import { WorkspaceContext } from '../workspace/WorkspaceContext.ts';
import { type GoalNavStatus, goalNavStatus } from './goalNavStatus.ts';

// Outside a workspace (tests of the hook alone) the levels read as a concept without names: the defaults.
const NO_CONCEPT = new Y.Doc();

function sameStatus(a: GoalNavStatus | undefined, b: GoalNavStatus): boolean {
  return (
    a !== undefined &&
    a.level === b.level &&
    a.levelName === b.levelName &&
    a.measures === b.measures &&
    a.indicators === b.indicators &&
    a.actionGoals === b.actionGoals &&
    a.actionGoalsServed === b.actionGoalsServed
  );
}

/**
 * `goalNavStatus`, keeping the previous map while no status changed: editing a measure's title re-reads the
 * measures but re-renders no goal in the navigation.
 */
export function useGoalNavStatus(
  tree: readonly GoalNode<Light<GoalJSON>>[],
  measures: readonly Pick<MeasureJSON, 'id' | 'goalIds'>[],
): ReadonlyMap<string, GoalNavStatus> {
  const previous = useRef<Map<string, GoalNavStatus>>(new Map());
  const levels = useGoalLevels(useContext(WorkspaceContext)?.doc ?? NO_CONCEPT);
  return useMemo(() => {
    const next = goalNavStatus(tree, measures, levels);
    const old = previous.current;
    const unchanged = next.size === old.size && [...next].every(([id, s]) => sameStatus(old.get(id), s));
    if (unchanged) return old;
    previous.current = next;
    return next;
  }, [tree, measures, levels]);
}
