import type { GoalJSON, GoalNode } from '@werkbank/concept';
import { countMessage, type Translate } from '@werkbank/editor';

/** How many goals each level has, as the export's overview says it: "1 Leitziel, 2 Mittlerziele und 5 Handlungsziele". */
export function goalOverviewText(t: Translate, goals: readonly GoalNode<GoalJSON>[]): string {
  const phrases = [0, 1, 2, 3]
    .map((depth) => goals.filter((n) => Math.min(3, n.depth) === depth).length)
    .flatMap((count, depth) =>
      count > 0 ? [countMessage(t, `web.document.goalCount.${depth}`, count)] : [],
    );
  if (phrases.length <= 1) return phrases[0] ?? '';
  return t('web.document.listAnd', { items: phrases.slice(0, -1).join(', '), last: phrases.at(-1) ?? '' });
}
