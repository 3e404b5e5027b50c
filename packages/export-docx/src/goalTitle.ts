import type { GoalJSON, GoalNode } from '@werkbank/concept';
import { germanLabels } from './germanLabels.ts';

/** A goal as the document names it: "Handlungsziel 1.2.3: Title". */
export function goalTitle(node: GoalNode<GoalJSON>, withLevel = true): string {
  const title = node.goal.title.trim() || 'Ziel ohne Titel';
  return withLevel
    ? `${germanLabels.goalLevel[node.level]} ${node.number}: ${title}`
    : `${node.number} ${title}`;
}
