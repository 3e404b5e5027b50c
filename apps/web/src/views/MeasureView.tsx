import { keys } from '@werkbank/concept';
import { GoneNotice, MeasureSheet, useMeasure, useT } from '@werkbank/editor';
import { useEffect } from 'react';
import { Link } from '../routing/Link.tsx';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
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
  const focusTitle = useSession((s) => s.titleFocusFor === measureId);
  const setTitleFocusFor = useSession((s) => s.setTitleFocusFor);
  const announce = useSession((s) => s.announce);
  // Focus the title once: coming back to this sheet later starts at its heading as usual.
  useEffect(() => {
    if (focusTitle) setTitleFocusFor(null);
  }, [focusTitle, setTitleFocusFor]);
  if (!measure) {
    return (
      <>
        <ViewTitle>{t('measure.sheet')}</ViewTitle>
        <GoneNotice
          doc={doc}
          collection={keys.MEASURES}
          id={measureId}
          editable={editable}
          trashHref={routePath(conceptId, { kind: 'trash' })}
          missing={t('web.workspace.measureMissing')}
        />
        <p>
          <Link href={routePath(conceptId, { kind: 'measures' })}>{t('web.workspace.toMeasures')}</Link>
        </p>
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
        workshopHref={(id) => routePath(conceptId, { kind: 'workshop', id })}
        onOpenWorkshop={(id) => navigate(routePath(conceptId, { kind: 'workshop', id }))}
        autoFocusTitle={focusTitle}
        onDeleted={(message) => {
          const overview = routePath(conceptId, { kind: 'measures' });
          announce(message, overview);
          navigate(overview);
        }}
      />
    </>
  );
}
