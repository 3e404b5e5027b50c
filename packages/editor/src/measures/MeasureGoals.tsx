import { updateMeasure } from '@werkbank/concept';
import { CheckboxGroup } from '../common/CheckboxGroup.tsx';
import { StringListEditor } from '../common/StringListEditor.tsx';
import { usePhenomena } from '../hooks/usePhenomena.ts';
import { useT } from '../i18n/useT.ts';
import { GoalPicker } from './GoalPicker.tsx';
import type { MeasureSectionProps } from './MeasureSectionProps.ts';

/** The goals a measure serves, its target groups and phenomenon areas. */
export function MeasureGoals({
  doc,
  measure,
  editable,
  onOpenGoal,
}: MeasureSectionProps & { onOpenGoal?: (goalId: string) => void }) {
  const t = useT();
  const phenomena = usePhenomena(doc);
  const chosen = measure.phenomenonIds;
  return (
    <section className="wb-section" aria-labelledby={`${measure.id}-goals`}>
      <h3 id={`${measure.id}-goals`}>{t('measure.sections.goals')}</h3>
      <GoalPicker
        doc={doc}
        measureId={measure.id}
        goalIds={measure.goalIds}
        editable={editable}
        onOpenGoal={onOpenGoal}
      />
      <StringListEditor
        label={t('measure.targetGroups')}
        items={measure.targetGroups}
        editable={editable}
        onChange={(targetGroups) => updateMeasure(doc, measure.id, { targetGroups })}
      />
      {phenomena.length > 0 && (
        <CheckboxGroup
          legend={t('measure.phenomenonIds')}
          options={phenomena.map((p) => ({ value: p.id, label: p.title }))}
          selected={chosen}
          editable={editable}
          onToggle={(id, checked) =>
            updateMeasure(doc, measure.id, {
              phenomenonIds: checked ? [...chosen, id] : chosen.filter((other) => other !== id),
            })
          }
        />
      )}
    </section>
  );
}
