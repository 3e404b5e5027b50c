import { type GoalLevelName, goalLevelName } from '@werkbank/concept';
import type { Translate } from '@werkbank/editor';
import type { DocumentGoal } from './DocumentData.ts';

/**
 * How many goals each level has, with the concept's level names, as the export's overview says it: "1 Leitziel,
 * 2 Mittlerziele und 5 Handlungsziele". Levels without goals are left out.
 */
export function goalOverviewText(
  t: Translate,
  goals: readonly DocumentGoal[],
  levels: readonly GoalLevelName[],
): string {
  const deepest = Math.max(-1, ...goals.map((n) => n.depth));
  const phrases = Array.from({ length: deepest + 1 }, (_, depth) => {
    const count = goals.filter((n) => n.depth === depth).length;
    const name = goalLevelName(levels, depth, count === 1 ? 'singular' : 'plural');
    return count > 0 ? [t('web.document.goalCount', { count, level: name })] : [];
  }).flat();
  if (phrases.length <= 1) return phrases[0] ?? '';
  return t('web.document.listAnd', { items: phrases.slice(0, -1).join(', '), last: phrases.at(-1) ?? '' });
}
