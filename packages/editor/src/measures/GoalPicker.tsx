import { flattenGoalTree, linkMeasureToGoal, unlinkMeasureFromGoal } from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { CheckboxGroup } from '../common/CheckboxGroup.tsx';
import { useGoalLevels } from '../hooks/useGoalLevels.ts';
import { useGoalTree } from '../hooks/useGoalTree.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `GoalPicker`. */
export interface GoalPickerProps {
  doc: Y.Doc;
  measureId: string;
  goalIds: readonly string[];
  editable: boolean;
  onOpenGoal?: (goalId: string) => void;
}

/**
 * Picks the goals of the deepest level the concept names (its Handlungsziele, however it calls them) that a
 * measure serves; goals of other levels it already names stay listed.
 */
export function GoalPicker({ doc, measureId, goalIds, editable, onOpenGoal }: GoalPickerProps) {
  const t = useT();
  const tree = useGoalTree(doc);
  const levels = useGoalLevels(doc);
  const deepest = levels.at(-1)?.plural ?? '';
  const options = useMemo(
    () =>
      flattenGoalTree(tree)
        .filter((node) => node.level === 'handlungsziel' || goalIds.includes(node.goal.id))
        .map((node) => {
          const label = `${node.number} ${node.goal.title || t('common.untitled')}`;
          const open = onOpenGoal && goalIds.includes(node.goal.id) && (
            <button type="button" className="wb-link-button" onClick={() => onOpenGoal(node.goal.id)}>
              {t('goal.open', { title: node.goal.title })}
            </button>
          );
          return { value: node.goal.id, label, action: open || undefined };
        }),
    [tree, goalIds, t, onOpenGoal],
  );
  return (
    <CheckboxGroup
      legend={t('measure.goalIds', { level: deepest })}
      options={options}
      selected={goalIds}
      editable={editable}
      empty={t('measure.noHandlungsziele', { level: deepest })}
      hint={goalIds.length === 0 ? t('measure.goalIdsHint', { level: deepest }) : undefined}
      onToggle={(goalId, checked) =>
        checked ? linkMeasureToGoal(doc, measureId, goalId) : unlinkMeasureFromGoal(doc, measureId, goalId)
      }
    />
  );
}
