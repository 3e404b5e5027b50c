import type { GoalJSON, GoalNode, Light } from '@werkbank/concept';

/** Where one goal sits in the tree as every replica draws it. */
export interface GoalPlace {
  node: GoalNode<Light<GoalJSON>>;
  parent: GoalNode<Light<GoalJSON>> | null;
  siblings: GoalNode<Light<GoalJSON>>[];
  index: number;
}

/** Every goal's place in the tree, by id (parents as drawn, so dangling parents and cycles are resolved). */
export function indexGoalTree(tree: GoalNode<Light<GoalJSON>>[]): Map<string, GoalPlace> {
  const places = new Map<string, GoalPlace>();
  function walk(siblings: GoalNode<Light<GoalJSON>>[], parent: GoalNode<Light<GoalJSON>> | null): void {
    siblings.forEach((node, index) => {
      places.set(node.goal.id, { node, parent, siblings, index });
      walk(node.children, node);
    });
  }
  walk(tree, null);
  return places;
}
