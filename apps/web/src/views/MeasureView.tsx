import { MeasureSheet, useMeasure, useT } from '@werkbank/editor';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** One measure's sheet (Maßnahmensteckbrief). */
export function MeasureView({ view }: { view: WorkspaceView }) {
  const measureId = view.kind === 'measure' ? view.id : '';
  const t = useT();
  const { doc, awareness, editable, conceptId } = useWorkspace();
  const user = useEditorUser();
  const measure = useMeasure(doc, measureId);
  if (!measure) {
    return (
      <>
        <ViewTitle>{t('measure.sheet')}</ViewTitle>
        <p role="alert">{t('web.workspace.measureMissing')}</p>
      </>
    );
  }
  return (
    <>
      <ViewTitle hidden>{`${t('measure.sheet')} ${measure.code}: ${measure.title}`}</ViewTitle>
      <MeasureSheet
        key={measureId}
        doc={doc}
        measureId={measureId}
        editable={editable}
        awareness={awareness}
        user={user}
        onOpenGoal={(id) => navigate(routePath(conceptId, { kind: 'goals', id }))}
      />
    </>
  );
}
