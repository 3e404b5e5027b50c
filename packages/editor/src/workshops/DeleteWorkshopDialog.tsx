import type { WorkshopJSON } from '@werkbank/concept';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `DeleteWorkshopDialog`. */
export interface DeleteWorkshopDialogProps {
  workshop: WorkshopJSON;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting a workshop: its proposals and votes go for good. Focus starts on "Abbrechen". */
export function DeleteWorkshopDialog({ workshop, onConfirm, onCancel }: DeleteWorkshopDialogProps) {
  const t = useT();
  return (
    <ConfirmDialog
      title={t('editor.workshop.deleteTitle', { title: workshop.title || t('common.untitled') })}
      confirmLabel={t('editor.workshop.deleteConfirm')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{countMessage(t, 'editor.workshop.deleteProposals', workshop.proposals.length)}</p>
      <p>{t('editor.workshop.deleteMeasures')}</p>
    </ConfirmDialog>
  );
}
