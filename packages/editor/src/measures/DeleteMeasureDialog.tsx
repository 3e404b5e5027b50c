import type { Light, MeasureJSON } from '@werkbank/concept';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { useWorkshops } from '../hooks/useWorkshops.ts';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';
import { OthersEditingNote } from '../presence/OthersEditingNote.tsx';
import { usePresenceByEntity } from '../presence/usePresenceByEntity.ts';

/** Props of `DeleteMeasureDialog`. */
export interface DeleteMeasureDialogProps {
  doc: Y.Doc;
  measure: Light<MeasureJSON>;
  /** To warn when someone else is at this measure right now. */
  awareness?: Awareness | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a measure and says what happens: it goes to the Papierkorb for 30 days, its goal links
 * rest meanwhile, the workshop proposals it was promoted from stay (what `deleteMeasure` does), and who else is
 * in it right now. Focus starts on "Abbrechen".
 */
export function DeleteMeasureDialog(props: DeleteMeasureDialogProps) {
  const { doc, measure, awareness, onConfirm, onCancel } = props;
  const t = useT();
  const workshops = useWorkshops(doc);
  const here = usePresenceByEntity(awareness, 'measure').get(measure.id) ?? [];
  const proposals = workshops.flatMap((w) => w.proposals).filter((p) => p.measureId === measure.id).length;
  return (
    <ConfirmDialog
      title={t('measure.deleteTitle', { code: measure.code, title: measure.title || t('common.untitled') })}
      confirmLabel={t('measure.delete')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <OthersEditingNote users={here} what={t('presence.thisMeasure')} />
      <p>{t('measure.deleteSheet')}</p>
      <p>{countMessage(t, 'measure.deleteGoals', measure.goalIds.length)}</p>
      {proposals > 0 && <p>{countMessage(t, 'measure.deleteProposals', proposals)}</p>}
    </ConfirmDialog>
  );
}
