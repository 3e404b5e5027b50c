import { type GoalJSON, type GoalLevelName, type GoalNode, goalLevelName } from '@werkbank/concept';

/**
 * A goal as the document names it, with its level as the concept names it: "Handlungsziel 1.2.3: Title", or
 * "1.2.3 Title" without its level.
 */
export function goalTitle(
  node: GoalNode<GoalJSON>,
  levels: readonly GoalLevelName[],
  withLevel = true,
): string {
  const title = node.goal.title.trim() || 'Ziel ohne Titel';
  return withLevel
    ? `${goalLevelName(levels, node.depth)} ${node.number}: ${title}`
    : `${node.number} ${title}`;
}
