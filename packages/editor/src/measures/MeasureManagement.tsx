import { deleteMeasure } from '@werkbank/concept';
import { useId, useRef, useState } from 'react';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { deleterName } from '../trash/deleterName.ts';
import { DeleteMeasureDialog } from './DeleteMeasureDialog.tsx';
import { MeasureOrder } from './MeasureOrder.tsx';
import type { MeasureSectionProps } from './MeasureSectionProps.ts';

/** Props of `MeasureManagement`. */
export interface MeasureManagementProps extends MeasureSectionProps {
  /** Called after this person deleted the measure, with a sentence saying so (for a polite announcement). */
  onDeleted?: (message: string) => void;
}

/** The measure's place in the concept's order and, for editors, deleting it after a confirmation. */
export function MeasureManagement(props: MeasureManagementProps) {
  const { doc, measure, editable, awareness, user, onDeleted } = props;
  const t = useT();
  const headingId = useId();
  const action = useConceptAction();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  function cancel() {
    setConfirming(false);
    deleteButton.current?.focus();
  }
  function confirm() {
    setConfirming(false);
    const message = t('measure.deleted', {
      code: measure.code,
      title: measure.title || t('common.untitled'),
    });
    if (action.run(() => deleteMeasure(doc, measure.id, { by: deleterName(user, awareness) })))
      onDeleted?.(message);
  }
  return (
    <section className="wb-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(editable ? 'measure.sections.management' : 'measure.order')}</h3>
      <MeasureOrder doc={doc} measure={measure} editable={editable} action={action} />
      {editable && (
        <div className="wb-row-actions">
          <button
            ref={deleteButton}
            type="button"
            className="wb-danger"
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            {t('measure.delete')}
          </button>
        </div>
      )}
      {confirming && (
        <DeleteMeasureDialog
          doc={doc}
          measure={measure}
          awareness={awareness}
          onConfirm={confirm}
          onCancel={cancel}
        />
      )}
      <ErrorNote message={action.error} />
    </section>
  );
}
