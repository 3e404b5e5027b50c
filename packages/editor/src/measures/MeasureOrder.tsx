import { type Light, type MeasureJSON, moveMeasure } from '@werkbank/concept';
import { useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ConceptAction } from '../common/useConceptAction.ts';
import { useMeasures } from '../hooks/useMeasures.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `MeasureOrder`. */
export interface MeasureOrderProps {
  doc: Y.Doc;
  measure: Light<MeasureJSON>;
  editable: boolean;
  action: ConceptAction;
}

/** The measure's place in the concept's order (which the export follows), with buttons to move it by one. */
export function MeasureOrder({ doc, measure, editable, action }: MeasureOrderProps) {
  const t = useT();
  const measures = useMeasures(doc);
  const index = measures.findIndex((m) => m.id === measure.id);
  const total = measures.length;
  const [announcement, setAnnouncement] = useState('');
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  function move(to: number) {
    if (!action.run(() => moveMeasure(doc, measure.id, to))) return;
    setAnnouncement(t('measure.position', { position: to + 1, total }));
    // The button that reached an end is disabled now: keep focus on the other one.
    if (to === 0) down.current?.focus();
    else if (to === total - 1) up.current?.focus();
  }
  return (
    <fieldset className="wb-fieldset">
      <legend>{t('measure.order')}</legend>
      <p>{t('measure.position', { position: index + 1, total })}</p>
      {editable && (
        <div className="wb-row-actions">
          <button ref={up} type="button" disabled={index <= 0} onClick={() => move(index - 1)}>
            {t('measure.moveUp')}
          </button>
          <button ref={down} type="button" disabled={index >= total - 1} onClick={() => move(index + 1)}>
            {t('measure.moveDown')}
          </button>
        </div>
      )}
      <p role="status" className="wb-visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
