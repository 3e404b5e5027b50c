import type { Translate } from '@werkbank/editor';
import type { GoalNavStatus } from './goalNavStatus.ts';

/** A goal's status as the navigation shows it: short on screen, in full for screen readers and as tooltip. */
export interface GoalStatusText {
  visible: string;
  spoken: string;
  tone?: string;
}

function counted(t: Translate, key: string, count: number): string {
  return t(`${key}.${count === 0 ? 'none' : count === 1 ? 'one' : 'other'}`, { count });
}

/**
 * A Handlungsziel shows its measures (or that it has none) and whether it has an indicator; a goal above
 * shows how many Handlungsziele below it have a measure. Null where there is nothing to tell.
 */
export function describeGoalStatus(t: Translate, status: GoalNavStatus): GoalStatusText | null {
  const level = t(`goal.level.${status.level}`);
  if (status.level === 'handlungsziel') {
    const details = [
      counted(t, 'web.nav.goalMeasures', status.measures),
      counted(t, 'web.nav.goalIndicators', status.indicators),
    ].join(', ');
    const spoken = t('web.nav.goalStatus', { level, details });
    if (status.measures === 0) return { visible: t('web.nav.goalNoMeasure'), spoken, tone: 'tone-warn' };
    if (status.indicators === 0)
      return { visible: t('web.nav.goalNoIndicator'), spoken, tone: 'status-draft' };
    return { visible: String(status.measures), spoken, tone: 'tone-ok' };
  }
  if (status.actionGoals === 0) return null;
  const served = { served: status.actionGoalsServed, total: status.actionGoals };
  return {
    visible: `${served.served}/${served.total}`,
    spoken: t('web.nav.goalStatus', { level, details: t('web.nav.goalsServed', served) }),
  };
}
