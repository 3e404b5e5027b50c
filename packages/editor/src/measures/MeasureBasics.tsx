import { keys, measureStatusSchema, prioritySchema, updateMeasure } from '@werkbank/concept';
import { CheckboxField } from '../common/CheckboxField.tsx';
import { CheckboxGroup } from '../common/CheckboxGroup.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFieldsOfAction } from '../hooks/useFieldsOfAction.ts';
import { useT } from '../i18n/useT.ts';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';
import type { MeasureSectionProps } from './MeasureSectionProps.ts';

/** Code, title, status, priority, key-measure flag and fields of action of a measure. */
export function MeasureBasics({ doc, measure, editable, awareness }: MeasureSectionProps) {
  const t = useT();
  const fields = useFieldsOfAction(doc);
  const update = (patch: Parameters<typeof updateMeasure>[2]) => updateMeasure(doc, measure.id, patch);
  const none = { value: '', label: t('common.none') };
  const secondary = measure.secondaryFieldIds;
  return (
    <section className="wb-section" aria-labelledby={`${measure.id}-basics`}>
      <h3 id={`${measure.id}-basics`}>{t('measure.sections.basics')}</h3>
      <div className="wb-grid">
        <TextField
          label={t('measure.code')}
          value={measure.code}
          editable={editable}
          onCommit={(code) => update({ code })}
        />
        <SharedTextField
          label={t('measure.title')}
          target={{ doc, collection: keys.MEASURES, id: measure.id, field: 'title' }}
          awareness={awareness}
          editable={editable}
          className="wb-span-2 wb-measure-title"
          onCommit={(title) => update({ title })}
        />
        <SelectField
          label={t('measure.status')}
          value={measure.status}
          editable={editable}
          options={measureStatusSchema.options.map((value) => ({
            value,
            label: t(`measure.status.${value}`),
          }))}
          onChange={(value) => update({ status: value as typeof measure.status })}
        />
        <SelectField
          label={t('measure.priority')}
          value={measure.priority ?? ''}
          editable={editable}
          options={[
            none,
            ...prioritySchema.options.map((value) => ({ value, label: t(`measure.priority.${value}`) })),
          ]}
          onChange={(value) => update({ priority: (value || null) as typeof measure.priority })}
        />
        <CheckboxField
          label={t('measure.isKeyMeasure')}
          checked={measure.isKeyMeasure}
          editable={editable}
          onChange={(isKeyMeasure) => update({ isKeyMeasure })}
        />
        <SelectField
          label={t('measure.primaryFieldId')}
          value={measure.primaryFieldId ?? ''}
          editable={editable}
          options={[
            none,
            ...fields.map((field) => ({ value: field.id, label: field.title || t('common.untitled') })),
          ]}
          onChange={(value) =>
            update({
              primaryFieldId: value || null,
              secondaryFieldIds: secondary.filter((id) => id !== value),
            })
          }
        />
      </div>
      <CheckboxGroup
        legend={t('measure.secondaryFieldIds')}
        options={fields
          .filter((field) => field.id !== measure.primaryFieldId)
          .map((field) => ({ value: field.id, label: field.title || t('common.untitled') }))}
        selected={secondary}
        editable={editable}
        onToggle={(id, checked) =>
          update({
            secondaryFieldIds: checked ? [...secondary, id] : secondary.filter((other) => other !== id),
          })
        }
      />
    </section>
  );
}
