import {
  DEFAULT_GOAL_LEVELS,
  flattenGoalTree,
  type GoalLevel,
  type GoalLevelName,
  type GoalNode,
  goalCoverage,
  goalLevelName,
} from '@werkbank/concept';

/** What the navigation tells about one goal (goals have no status of their own). */
export interface GoalNavStatus {
  level: GoalLevel;
  /** The goal's level as the concept names it ("Handlungsziel"). */
  levelName: string;
  /** Measures serving this goal. */
  measures: number;
  indicators: number;
  /**
   * Goals of the deepest level in this goal's part of the tree (itself included), and how many a measure serves
   * (linked to it, or to a goal above it: counted through the tree as the findings and the matrix count).
   */
  actionGoals: number;
  actionGoalsServed: number;
}

type StatusNode = GoalNode<{ id: string; indicators: readonly unknown[] }>;

/**
 * Each goal's status by id. A goal of the deepest level counts as served by the same rule as `checkConcept`'s
 * goal-without-measure; the counts add up the tree, so a folded top-level goal still shows its gaps.
 */
export function goalNavStatus(
  tree: readonly StatusNode[],
  measures: readonly { id: string; goalIds: readonly string[] }[],
  levels: readonly GoalLevelName[] = DEFAULT_GOAL_LEVELS,
): Map<string, GoalNavStatus> {
  const measureCounts = new Map<string, number>();
  for (const m of measures)
    for (const id of m.goalIds) measureCounts.set(id, (measureCounts.get(id) ?? 0) + 1);
  const coverage = goalCoverage(flattenGoalTree(tree), measures);
  const statuses = new Map<string, GoalNavStatus>();
  function visit(node: StatusNode): GoalNavStatus {
    const count = measureCounts.get(node.goal.id) ?? 0;
    const own = node.level === 'handlungsziel';
    const status: GoalNavStatus = {
      level: node.level,
      levelName: goalLevelName(levels, node.depth),
      measures: count,
      indicators: node.goal.indicators.length,
      actionGoals: own ? 1 : 0,
      actionGoalsServed: own && coverage.covered(node.goal.id) ? 1 : 0,
    };
    for (const child of node.children) {
      const below = visit(child);
      status.actionGoals += below.actionGoals;
      status.actionGoalsServed += below.actionGoalsServed;
    }
    statuses.set(node.goal.id, status);
    return status;
  }
  for (const root of tree) visit(root);
  return statuses;
}
