import { ActorsEditor, useT } from '@werkbank/editor';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The actors (Akteure) of the stocktaking. */
export function ActorsPage() {
  const t = useT();
  const { doc, awareness, editable } = useWorkspace();
  return (
    <>
      <ViewTitle>{t('actor.heading')}</ViewTitle>
      <ActorsEditor doc={doc} editable={editable} awareness={awareness} />
    </>
  );
}
