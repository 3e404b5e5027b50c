import { effectiveParents } from './effectiveParents.ts';
import { type GoalLevel, goalLevelAt } from './goalLevel.ts';

/** One node of the goal tree with its level's role, its depth, its number ("1.2.3") and its children in order. */
export interface GoalNode<G> {
  goal: G;
  level: GoalLevel;
  depth: number;
  number: string;
  children: GoalNode<G>[];
}

/**
 * The goal tree in order. `goals` must be in sibling order (as Concept JSON and `readGoals` give them);
 * dangling parents and concurrent cycles are resolved by `effectiveParents`. `levelCount` is how many levels
 * the concept names (`concept.goalLevels.length`): the deepest of them is the `handlungsziel` role.
 * @example goalTree(concept.goals, concept.goalLevels.length).map((n) => `${n.number} ${n.goal.title}`)
 */
export function goalTree<G extends { id: string; parentId: string | null }>(
  goals: readonly G[],
  levelCount?: number,
): GoalNode<G>[] {
  const parents = effectiveParents(goals);
  const childrenOf = new Map<string | null, G[]>();
  for (const goal of goals) {
    const parentId = parents.get(goal.id) ?? null;
    const list = childrenOf.get(parentId) ?? [];
    list.push(goal);
    childrenOf.set(parentId, list);
  }
  function build(parentId: string | null, depth: number, prefix: string): GoalNode<G>[] {
    return (childrenOf.get(parentId) ?? []).map((goal, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : `${index + 1}`;
      return {
        goal,
        level: goalLevelAt(depth, levelCount),
        depth,
        number,
        children: build(goal.id, depth + 1, number),
      };
    });
  }
  return build(null, 0, '');
}

/** The goal tree flattened in reading order (pre-order). */
export function flattenGoalTree<G>(nodes: readonly GoalNode<G>[]): GoalNode<G>[] {
  return nodes.flatMap((node) => [node, ...flattenGoalTree(node.children)]);
}
