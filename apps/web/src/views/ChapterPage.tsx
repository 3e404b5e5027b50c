import { keys } from '@werkbank/concept';
import { ChapterView, GoneNotice, useChapters, useT } from '@werkbank/editor';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** One chapter with its number; a clear note when it was deleted (perhaps by someone else just now). */
export function ChapterPage({ view }: { view: WorkspaceView }) {
  const chapterId = view.kind === 'chapter' ? view.id : '';
  const t = useT();
  const { doc, awareness, editable, conceptId } = useWorkspace();
  const user = useEditorUser();
  const chapters = useChapters(doc);
  const index = chapters.findIndex((c) => c.id === chapterId);
  const chapter = chapters[index];
  if (!chapter) {
    return (
      <>
        <ViewTitle>{t('web.nav.chapters')}</ViewTitle>
        <GoneNotice
          doc={doc}
          collection={keys.CHAPTERS}
          id={chapterId}
          editable={editable}
          trashHref={routePath(conceptId, { kind: 'trash' })}
          missing={t('web.workspace.chapterMissing')}
        />
      </>
    );
  }
  return (
    <>
      <ViewTitle hidden>{`${t('web.nav.chapters')} ${index + 1}: ${chapter.title}`}</ViewTitle>
      <ChapterView
        key={chapterId}
        doc={doc}
        chapterId={chapterId}
        editable={editable}
        awareness={awareness}
        user={user}
      />
    </>
  );
}
