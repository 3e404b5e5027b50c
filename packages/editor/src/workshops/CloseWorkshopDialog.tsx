import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { useT } from '../i18n/useT.ts';

/** Props of `CloseWorkshopDialog`. */
export interface CloseWorkshopDialogProps {
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before ending a workshop: participants can then neither write nor vote. Focus starts on "Abbrechen". */
export function CloseWorkshopDialog({ onConfirm, onCancel }: CloseWorkshopDialogProps) {
  const t = useT();
  return (
    <ConfirmDialog
      title={t('editor.workshop.closeTitle')}
      confirmLabel={t('editor.workshop.closeConfirm')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('editor.workshop.closeBody')}</p>
    </ConfirmDialog>
  );
}
