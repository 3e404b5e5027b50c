import type { GoalJSON, GoalNode } from '@werkbank/concept';
import { goalLevelName } from './goalLevelName.ts';

/** A goal as the document names it: "Handlungsziel 1.2.3: Title", or "1.2.3 Title" without its level. */
export function goalTitle(node: GoalNode<GoalJSON>, withLevel = true): string {
  const title = node.goal.title.trim() || 'Ziel ohne Titel';
  return withLevel ? `${goalLevelName(node.depth)} ${node.number}: ${title}` : `${node.number} ${title}`;
}
