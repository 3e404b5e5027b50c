import {
  addMeasureIndicator,
  keys,
  removeMeasureIndicator,
  updateMeasure,
  updateMeasureIndicator,
} from '@werkbank/concept';
import { IndicatorsTable } from '../common/IndicatorsTable.tsx';
import { CostLinesEditor } from '../costs/CostLinesEditor.tsx';
import { useT } from '../i18n/useT.ts';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';
import type { MeasureSectionProps } from './MeasureSectionProps.ts';

/** Costs (cost lines), funding and indicators of a measure. */
export function MeasureResources({ doc, measure, editable, awareness }: MeasureSectionProps) {
  const t = useT();
  return (
    <>
      <section className="wb-section" aria-labelledby={`${measure.id}-resources`}>
        <h3 id={`${measure.id}-resources`}>{t('measure.sections.resources')}</h3>
        <CostLinesEditor doc={doc} measureId={measure.id} lines={measure.costLines} editable={editable} />
        <div className="wb-grid">
          <SharedTextField
            label={t('measure.funding')}
            target={{ doc, collection: keys.MEASURES, id: measure.id, field: 'funding' }}
            awareness={awareness}
            editable={editable}
            className="wb-span-2"
            onCommit={(funding) => updateMeasure(doc, measure.id, { funding })}
          />
        </div>
      </section>
      <section className="wb-section" aria-labelledby={`${measure.id}-monitoring`}>
        <h3 id={`${measure.id}-monitoring`}>{t('measure.sections.monitoring')}</h3>
        <IndicatorsTable
          caption={t('measure.indicators')}
          indicators={measure.indicators}
          editable={editable}
          onAdd={() => addMeasureIndicator(doc, measure.id)}
          onUpdate={(indicatorId, patch) => updateMeasureIndicator(doc, measure.id, indicatorId, patch)}
          onRemove={(indicatorId) => removeMeasureIndicator(doc, measure.id, indicatorId)}
        />
      </section>
    </>
  );
}
