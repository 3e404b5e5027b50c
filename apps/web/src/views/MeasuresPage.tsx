import { MeasuresTable, useT } from '@werkbank/editor';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** All measures in a table; filter and sort live in the session, so they survive moving around. */
export function MeasuresPage() {
  const t = useT();
  const { doc, awareness, conceptId } = useWorkspace();
  const filter = useSession((s) => s.measuresFilter);
  const sort = useSession((s) => s.measuresSort);
  const setFilter = useSession((s) => s.setMeasuresFilter);
  const setSort = useSession((s) => s.setMeasuresSort);
  return (
    <>
      <ViewTitle>{t('web.nav.measures')}</ViewTitle>
      <MeasuresTable
        doc={doc}
        filter={filter}
        onFilterChange={setFilter}
        sort={sort}
        onSortChange={setSort}
        onOpen={(id) => navigate(routePath(conceptId, { kind: 'measure', id }))}
        awareness={awareness}
      />
    </>
  );
}
