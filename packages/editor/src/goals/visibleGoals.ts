import type { GoalJSON, GoalNode, Light } from '@werkbank/concept';

/** The goals a keyboard user can move between: the tree in reading order, skipping collapsed branches. */
export function visibleGoals(
  tree: readonly GoalNode<Light<GoalJSON>>[],
  collapsed: ReadonlySet<string>,
): GoalNode<Light<GoalJSON>>[] {
  return tree.flatMap((node) => [
    node,
    ...(collapsed.has(node.goal.id) ? [] : visibleGoals(node.children, collapsed)),
  ]);
}
