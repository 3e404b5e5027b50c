import type { GoalJSON, GoalNode } from '@werkbank/concept';
import type { Translate } from '@werkbank/editor';

/** A goal as the document names it: "Handlungsziel 1.2.3: Titel", or "1.2.3 Titel" without its level. */
export function goalHeadingText(t: Translate, node: GoalNode<GoalJSON>, withLevel = true): string {
  const title = node.goal.title.trim() || t('web.document.goalUntitled');
  if (!withLevel) return `${node.number} ${title}`;
  return `${t(`web.document.goalLevel.${Math.min(3, node.depth)}`)} ${node.number}: ${title}`;
}
