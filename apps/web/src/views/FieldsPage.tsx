import { FieldsOfActionEditor, useT } from '@werkbank/editor';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The fields of action (Handlungsfelder). */
export function FieldsPage() {
  const t = useT();
  const { doc, awareness, editable } = useWorkspace();
  return (
    <>
      <ViewTitle>{t('field.heading')}</ViewTitle>
      <FieldsOfActionEditor doc={doc} editable={editable} awareness={awareness} />
    </>
  );
}
