import type { GoalNode } from '@werkbank/concept';

/** How many goals sit below `node` (children, grandchildren, …). */
export function countDescendants<G>(node: GoalNode<G>): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}
