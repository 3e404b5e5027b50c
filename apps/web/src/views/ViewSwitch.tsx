import {
  ActorsEditor,
  FieldsOfActionEditor,
  FindingsList,
  MeasuresTable,
  useT,
  VisionView,
} from '@werkbank/editor';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterPage } from './ChapterPage.tsx';
import { GoalsView } from './GoalsView.tsx';
import { MeasureView } from './MeasureView.tsx';
import { OverviewView } from './OverviewView.tsx';
import { ViewTitle } from './ViewTitle.tsx';

/** The editor component for the view in the address, bound to the concept and this person's rights. */
export function ViewSwitch({ view }: { view: WorkspaceView }) {
  const t = useT();
  const { doc, awareness, editable, conceptId } = useWorkspace();
  const user = useEditorUser();
  const filter = useSession((s) => s.measuresFilter);
  const sort = useSession((s) => s.measuresSort);
  const setFilter = useSession((s) => s.setMeasuresFilter);
  const setSort = useSession((s) => s.setMeasuresSort);
  const open = (v: WorkspaceView) => navigate(routePath(conceptId, v));
  switch (view.kind) {
    case 'overview':
      return <OverviewView />;
    case 'chapter':
      return <ChapterPage chapterId={view.id} />;
    case 'vision':
      return (
        <>
          <ViewTitle>{t('vision.heading')}</ViewTitle>
          <VisionView doc={doc} editable={editable} awareness={awareness} user={user} />
        </>
      );
    case 'goals':
      return <GoalsView goalId={view.id ?? null} />;
    case 'fields':
      return (
        <>
          <ViewTitle>{t('field.heading')}</ViewTitle>
          <FieldsOfActionEditor doc={doc} editable={editable} awareness={awareness} />
        </>
      );
    case 'measure':
      return <MeasureView measureId={view.id} />;
    case 'measures':
      return (
        <>
          <ViewTitle>{t('web.nav.measures')}</ViewTitle>
          <MeasuresTable
            doc={doc}
            filter={filter}
            onFilterChange={setFilter}
            sort={sort}
            onSortChange={setSort}
            onOpen={(id) => open({ kind: 'measure', id })}
            awareness={awareness}
          />
        </>
      );
    case 'actors':
      return (
        <>
          <ViewTitle>{t('actor.heading')}</ViewTitle>
          <ActorsEditor doc={doc} editable={editable} awareness={awareness} />
        </>
      );
    case 'findings':
      return (
        <>
          <ViewTitle>{t('web.nav.findings')}</ViewTitle>
          <FindingsList
            doc={doc}
            onOpen={(entity, id) => open(entity === 'goal' ? { kind: 'goals', id } : { kind: 'measure', id })}
          />
        </>
      );
  }
}
