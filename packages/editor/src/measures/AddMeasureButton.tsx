import { addMeasure } from '@werkbank/concept';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `AddMeasureButton`. */
export interface AddMeasureButtonProps {
  doc: Y.Doc;
  /** The field of action the new measure belongs to, with its title for the button's label. */
  field?: { id: string; title: string } | null;
  /** Called with the new measure's id, e.g. to open its sheet. */
  onAdded: (measureId: string) => void;
}

/**
 * Adds a measure with the next free code (M-07) and a placeholder title, at the end of the concept's order.
 * @example <AddMeasureButton doc={doc} field={sport} onAdded={(id) => open(id)} />
 */
export function AddMeasureButton({ doc, field, onAdded }: AddMeasureButtonProps) {
  const t = useT();
  const action = useConceptAction();
  function add() {
    let id = '';
    const input = { title: t('measure.new'), primaryFieldId: field?.id ?? null };
    if (action.run(() => (id = addMeasure(doc, input)))) onAdded(id);
  }
  return (
    <div className="wb-row-actions">
      <button type="button" onClick={add}>
        {field ? t('measure.addInField', { field: field.title || t('common.untitled') }) : t('measure.add')}
      </button>
      <ErrorNote message={action.error} />
    </div>
  );
}
