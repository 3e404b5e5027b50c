import { type GoalJSON, type Light, measuresOfGoal, updateGoal } from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { CheckboxGroup } from '../common/CheckboxGroup.tsx';
import { useFieldsOfAction } from '../hooks/useFieldsOfAction.ts';
import { useMeasures } from '../hooks/useMeasures.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `GoalLinks`. */
export interface GoalLinksProps {
  doc: Y.Doc;
  goal: Light<GoalJSON>;
  editable: boolean;
  onOpenMeasure?: (measureId: string) => void;
}

/** A goal's fields of action and the measures that serve it. */
export function GoalLinks({ doc, goal, editable, onOpenMeasure }: GoalLinksProps) {
  const t = useT();
  const fields = useFieldsOfAction(doc);
  const measures = useMeasures(doc);
  const serving = useMemo(() => measuresOfGoal(measures, goal.id), [measures, goal.id]);
  const chosen = goal.fieldIds;
  return (
    <>
      <CheckboxGroup
        legend={t('goal.fields')}
        options={fields.map((field) => ({ value: field.id, label: field.title || t('common.untitled') }))}
        selected={chosen}
        editable={editable}
        empty={t('field.empty')}
        onToggle={(id, checked) =>
          updateGoal(doc, goal.id, {
            fieldIds: checked ? [...chosen, id] : chosen.filter((other) => other !== id),
          })
        }
      />
      <section className="wb-section" aria-labelledby={`${goal.id}-measures`}>
        <h3 id={`${goal.id}-measures`}>{t('goal.linkedMeasures')}</h3>
        {serving.length === 0 ? (
          <p className="wb-hint">{t('goal.noMeasures')}</p>
        ) : (
          <ul>
            {serving.map((measure) => (
              <li key={measure.id}>
                {onOpenMeasure ? (
                  <button type="button" className="wb-link-button" onClick={() => onOpenMeasure(measure.id)}>
                    {measure.code} {measure.title}
                  </button>
                ) : (
                  `${measure.code} ${measure.title}`
                )}
                {' – '}
                {t(`measure.status.${measure.status}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
