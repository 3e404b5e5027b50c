import { useT, VisionView } from '@werkbank/editor';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The vision (Leitbild). */
export function VisionPage() {
  const t = useT();
  const { doc, awareness, editable } = useWorkspace();
  const user = useEditorUser();
  return (
    <>
      <ViewTitle hidden>{t('vision.heading')}</ViewTitle>
      <VisionView doc={doc} editable={editable} awareness={awareness} user={user} />
    </>
  );
}
