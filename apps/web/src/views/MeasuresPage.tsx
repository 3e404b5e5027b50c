import { type MeasuresFilter, MeasuresTable, useT } from '@werkbank/editor';
import { useEffect } from 'react';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { useViewFilters } from '../session/useViewFilters.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterIntro } from './ChapterIntro.tsx';
import { useChapterOfKind } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';
import { viewLoaders } from './viewLoaders.ts';

const NO_FILTER: MeasuresFilter = {};

/**
 * All measures in a table, beneath the text of the chapter they are placed in; filter and sort are kept per concept
 * for the tab (`useViewFilters`), so they are still set when the person comes back. Editors add a
 * measure here (in the filtered field of action) and land on its sheet, whatever the filter hides.
 */
export function MeasuresPage() {
  const t = useT();
  const { doc, awareness, conceptId, editable } = useWorkspace();
  const filter = useViewFilters((s) => s.byConcept[conceptId]?.measures) ?? NO_FILTER;
  const sort = useViewFilters((s) => s.byConcept[conceptId]?.measuresSort) ?? null;
  const setFilters = useViewFilters((s) => s.set);
  const setTitleFocusFor = useSession((s) => s.setTitleFocusFor);
  // A new measure's sheet should be there before its author starts typing the title.
  useEffect(() => {
    if (editable) void viewLoaders.measure();
  }, [editable]);
  const open = (id: string) => navigate(routePath(conceptId, { kind: 'measure', id }));
  const place = useChapterOfKind('measures');
  return (
    <>
      {place ? (
        <>
          <ChapterIntro place={place} />
          <h2 className="part-heading">{t('web.nav.measures')}</h2>
        </>
      ) : (
        <ViewTitle>{t('web.nav.measures')}</ViewTitle>
      )}
      <MeasuresTable
        doc={doc}
        filter={filter}
        onFilterChange={(measures) => setFilters(conceptId, { measures })}
        sort={sort}
        onSortChange={(measuresSort) => setFilters(conceptId, { measuresSort })}
        onOpen={open}
        awareness={awareness}
        onAdded={
          editable
            ? (id) => {
                setTitleFocusFor(id);
                open(id);
              }
            : undefined
        }
      />
    </>
  );
}
