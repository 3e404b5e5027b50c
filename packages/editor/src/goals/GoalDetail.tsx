import { goalLevelName, keys, looksLikeActivity, updateGoal } from '@werkbank/concept';
import { useMemo } from 'react';
import type { ViewProps } from '../common/ViewProps.ts';
import { useEntityFragment } from '../hooks/useEntityFragment.ts';
import { useGoal } from '../hooks/useGoal.ts';
import { useGoalLevels } from '../hooks/useGoalLevels.ts';
import { useGoalTree } from '../hooks/useGoalTree.ts';
import { useT } from '../i18n/useT.ts';
import { PresenceDots } from '../presence/PresenceDots.tsx';
import { RichTextEditor } from '../richText/RichTextEditor.tsx';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';
import { GoneNotice } from '../trash/GoneNotice.tsx';
import { GoalLinks } from './GoalLinks.tsx';
import { GoalPlanning } from './GoalPlanning.tsx';
import { indexGoalTree } from './indexGoalTree.ts';

/** Props of `GoalDetail`. */
export interface GoalDetailProps extends ViewProps {
  goalId: string;
  /** Opens a measure that serves this goal. */
  onOpenMeasure?: (measureId: string) => void;
}

/**
 * Everything about one goal: title (with a hint when it reads like an activity), description, fields of
 * action, SMART checklist, indicators, target date, focus flag and the measures serving it — live.
 * @example <GoalDetail doc={doc} goalId={id} editable awareness={awareness} user={user} />
 */
export function GoalDetail({ doc, goalId, editable, awareness, user, onOpenMeasure }: GoalDetailProps) {
  const t = useT();
  const goal = useGoal(doc, goalId);
  const tree = useGoalTree(doc);
  const levels = useGoalLevels(doc);
  const node = useMemo(() => indexGoalTree(tree).get(goalId)?.node, [tree, goalId]);
  const description = useEntityFragment(doc, keys.GOALS, goalId, 'description');
  if (!goal || !node) return <GoneNotice doc={doc} collection={keys.GOALS} id={goalId} editable={editable} />;
  return (
    <article className="wb-goal-detail" aria-labelledby={`${goal.id}-heading`}>
      <header className="wb-view-header">
        <h2 id={`${goal.id}-heading`}>
          <span className={`wb-badge wb-badge--level wb-badge--level-${Math.min(node.depth, 5)}`}>
            {goalLevelName(levels, node.depth)}
          </span>{' '}
          {node.number} {goal.title || t('common.untitled')}
        </h2>
        <PresenceDots awareness={awareness} location={{ kind: 'goal', id: goal.id }} />
      </header>
      <SharedTextField
        label={t('goal.title')}
        target={{ doc, collection: keys.GOALS, id: goal.id, field: 'title' }}
        awareness={awareness}
        editable={editable}
        hint={looksLikeActivity(goal.title) ? t('goal.activityHint') : undefined}
        onCommit={(title) => updateGoal(doc, goal.id, { title })}
      />
      {description && (
        <div className="wb-field">
          <span className="wb-label">{t('goal.description')}</span>
          <RichTextEditor
            fragment={description}
            awareness={awareness}
            user={user}
            editable={editable}
            label={t('goal.description')}
            placeholder={t('goal.descriptionPlaceholder')}
          />
        </div>
      )}
      <GoalPlanning doc={doc} goal={goal} editable={editable} awareness={awareness} />
      <GoalLinks doc={doc} goal={goal} editable={editable} onOpenMeasure={onOpenMeasure} />
    </article>
  );
}
