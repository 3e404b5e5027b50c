import { keys, updateMeasure } from '@werkbank/concept';
import { StringListEditor } from '../common/StringListEditor.tsx';
import { TextField } from '../common/TextField.tsx';
import { useEntityFragment } from '../hooks/useEntityFragment.ts';
import { useT } from '../i18n/useT.ts';
import { RichTextEditor } from '../richText/RichTextEditor.tsx';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';
import type { MeasureSectionProps } from './MeasureSectionProps.ts';

/** Description, lead, partners and period of a measure. */
export function MeasureImplementation({ doc, measure, editable, awareness, user }: MeasureSectionProps) {
  const t = useT();
  const description = useEntityFragment(doc, keys.MEASURES, measure.id, 'description');
  const update = (patch: Parameters<typeof updateMeasure>[2]) => updateMeasure(doc, measure.id, patch);
  return (
    <section className="wb-section" aria-labelledby={`${measure.id}-implementation`}>
      <h3 id={`${measure.id}-implementation`}>{t('measure.sections.implementation')}</h3>
      {description && (
        <div className="wb-field">
          <span className="wb-label" id={`${measure.id}-description`}>
            {t('measure.description')}
          </span>
          <RichTextEditor
            fragment={description}
            awareness={awareness}
            user={user}
            editable={editable}
            label={t('measure.description')}
            placeholder={t('measure.descriptionPlaceholder')}
          />
        </div>
      )}
      <SharedTextField
        label={t('measure.lead')}
        target={{ doc, collection: keys.MEASURES, id: measure.id, field: 'lead' }}
        awareness={awareness}
        editable={editable}
        onCommit={(lead) => update({ lead })}
      />
      <StringListEditor
        label={t('measure.partners')}
        items={measure.partners}
        editable={editable}
        onChange={(partners) => update({ partners })}
      />
      <fieldset className="wb-fieldset">
        <legend>{t('measure.period')}</legend>
        <div className="wb-grid">
          <TextField
            label={t('measure.periodStart')}
            type="date"
            value={measure.periodStart}
            editable={editable}
            onCommit={(periodStart) => update({ periodStart })}
          />
          <TextField
            label={t('measure.periodEnd')}
            type="date"
            value={measure.periodEnd}
            editable={editable}
            onCommit={(periodEnd) => update({ periodEnd })}
          />
          <SharedTextField
            label={t('measure.recurrence')}
            target={{ doc, collection: keys.MEASURES, id: measure.id, field: 'recurrence' }}
            awareness={awareness}
            editable={editable}
            onCommit={(recurrence) => update({ recurrence })}
          />
        </div>
      </fieldset>
    </section>
  );
}
