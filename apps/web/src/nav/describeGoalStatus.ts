import { countMessage, type Translate } from '@werkbank/editor';
import type { GoalNavStatus } from './goalNavStatus.ts';

/** A goal's status as the navigation shows it: short on screen (or nothing), in full for screen readers. */
export interface GoalStatusText {
  /** Null where nothing needs attention. */
  visible: string | null;
  spoken: string;
  tone?: string;
  /** `badge`: a count after the title; `note`: a line under it. */
  place: 'badge' | 'note';
}

/**
 * A goal of the deepest level notes what it lacks (a measure, an indicator) and is silent on screen otherwise; a
 * goal above counts how many goals of the deepest level below it have a measure. Null where there is nothing to
 * tell. Levels are named as the concept names them.
 */
export function describeGoalStatus(t: Translate, status: GoalNavStatus): GoalStatusText | null {
  const level = status.levelName;
  if (status.level === 'handlungsziel') {
    const details = [
      countMessage(t, 'web.nav.goalMeasures', status.measures),
      countMessage(t, 'web.nav.goalIndicators', status.indicators),
    ].join(', ');
    const gap =
      status.measures === 0 && status.indicators === 0
        ? 'web.nav.goalNoMeasureNorIndicator'
        : status.measures === 0
          ? 'web.nav.goalNoMeasure'
          : status.indicators === 0
            ? 'web.nav.goalNoIndicator'
            : null;
    return {
      visible: gap && t(gap),
      spoken: t('web.nav.goalStatus', { level, details }),
      tone: status.measures === 0 ? 'nav-note-warn' : undefined,
      place: 'note',
    };
  }
  if (status.actionGoals === 0) return null;
  const served = { served: status.actionGoalsServed, total: status.actionGoals };
  return {
    visible: `${served.served}/${served.total}`,
    spoken: t('web.nav.goalStatus', { level, details: t('web.nav.goalsServed', served) }),
    place: 'badge',
  };
}
