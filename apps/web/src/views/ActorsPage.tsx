import { ActorsEditor, useT } from '@werkbank/editor';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterIntro } from './ChapterIntro.tsx';
import { useChapterOfKind } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The actors (Akteur*innen) of the stocktaking, beneath the text of the chapter they are placed in. */
export function ActorsPage() {
  const t = useT();
  const { doc, awareness, editable } = useWorkspace();
  const place = useChapterOfKind('actors');
  return (
    <>
      {place ? <ChapterIntro place={place} /> : <ViewTitle>{t('actor.heading')}</ViewTitle>}
      <ActorsEditor doc={doc} editable={editable} awareness={awareness} />
    </>
  );
}
