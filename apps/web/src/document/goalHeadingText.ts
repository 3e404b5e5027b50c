import type { Translate } from '@werkbank/editor';
import type { DocumentGoal } from './DocumentData.ts';

/**
 * A goal as the document names it, with its level as the concept names it: "Handlungsziel 1.2.3: Titel", or
 * "1.2.3 Titel" without its level.
 */
export function goalHeadingText(t: Translate, node: DocumentGoal, withLevel = true): string {
  const title = node.goal.title.trim() || t('web.document.goalUntitled');
  if (!withLevel) return `${node.number} ${title}`;
  return `${node.levelName} ${node.number}: ${title}`;
}
