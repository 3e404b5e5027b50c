import {
  addGoalIndicator,
  type GoalJSON,
  keys,
  type Light,
  removeGoalIndicator,
  SMART_FLAGS,
  updateGoal,
  updateGoalIndicator,
} from '@werkbank/concept';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CheckboxField } from '../common/CheckboxField.tsx';
import { IndicatorsTable } from '../common/IndicatorsTable.tsx';
import { TextField } from '../common/TextField.tsx';
import { useT } from '../i18n/useT.ts';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';

/** Props of `GoalPlanning`. */
export interface GoalPlanningProps {
  doc: Y.Doc;
  goal: Light<GoalJSON>;
  editable: boolean;
  awareness?: Awareness | null;
}

/** SMART checklist, indicators, target date and focus of a goal. */
export function GoalPlanning({ doc, goal, editable, awareness }: GoalPlanningProps) {
  const t = useT();
  const update = (patch: Parameters<typeof updateGoal>[2]) => updateGoal(doc, goal.id, patch);
  return (
    <>
      <fieldset className="wb-fieldset">
        <legend>{t('goal.smart')}</legend>
        {SMART_FLAGS.map((flag) => (
          <CheckboxField
            key={flag}
            label={t(`goal.smart.${flag}`)}
            checked={goal.smart[flag]}
            editable={editable}
            onChange={(checked) => update({ smart: { ...goal.smart, [flag]: checked } })}
          />
        ))}
      </fieldset>
      <IndicatorsTable
        caption={t('indicator.heading')}
        indicators={goal.indicators}
        editable={editable}
        onAdd={() => addGoalIndicator(doc, goal.id)}
        onUpdate={(indicatorId, patch) => updateGoalIndicator(doc, goal.id, indicatorId, patch)}
        onRemove={(indicatorId) => removeGoalIndicator(doc, goal.id, indicatorId)}
      />
      <div className="wb-grid">
        <TextField
          label={t('goal.targetDate')}
          type="date"
          value={goal.targetDate}
          editable={editable}
          onCommit={(targetDate) => update({ targetDate })}
        />
        <CheckboxField
          label={t('goal.isFocus')}
          checked={goal.isFocus}
          editable={editable}
          onChange={(isFocus) => update({ isFocus })}
        />
        {goal.isFocus && (
          <SharedTextField
            label={t('goal.focusPeriod')}
            target={{ doc, collection: keys.GOALS, id: goal.id, field: 'focusPeriod' }}
            awareness={awareness}
            editable={editable}
            onCommit={(focusPeriod) => update({ focusPeriod })}
          />
        )}
      </div>
    </>
  );
}
