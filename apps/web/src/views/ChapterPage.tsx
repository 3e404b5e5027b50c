import { type ChapterKind, chapterKind, chapterNumbers, keys } from '@werkbank/concept';
import { GoneNotice, useChapters, useT } from '@werkbank/editor';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterEditor } from './ChapterEditor.tsx';
import { ChapterIntro } from './ChapterIntro.tsx';
import { ParticipationSummary } from './ParticipationSummary.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';
import { ViewTitle } from './ViewTitle.tsx';

// The page a structured chapter shares with its part: its text first, the part beneath.
const PART_VIEW: Partial<Record<ChapterKind, WorkspaceView>> = {
  vision: { kind: 'vision' },
  goals: { kind: 'goals' },
  fieldsOfAction: { kind: 'fields' },
  measures: { kind: 'measures' },
  actors: { kind: 'actors' },
};

/**
 * One chapter with its number; a structured chapter (the first of its kind) is its part's page, the participation
 * chapter has the workshops' summary beneath. A clear note when it was deleted (perhaps by someone else just now).
 */
export function ChapterPage({ view }: { view: WorkspaceView }) {
  const chapterId = view.kind === 'chapter' ? view.id : '';
  const t = useT();
  const { doc, editable, conceptId } = useWorkspace();
  const chapters = useChapters(doc);
  const chapter = chapters.find((c) => c.id === chapterId);
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
  const number = chapterNumbers(chapters).get(chapter.id) ?? '';
  const kind = chapterKind(chapter);
  const first = chapters.find((c) => chapterKind(c) === kind) === chapter;
  const partView = first ? PART_VIEW[kind] : undefined;
  if (partView) return <ViewSwitch view={partView} fallback={null} />;
  if (first && kind === 'participation') {
    return (
      <>
        <ChapterIntro place={{ chapter, number }} />
        <ParticipationSummary />
      </>
    );
  }
  return (
    <>
      <ViewTitle hidden>{`${t('web.nav.chapters')} ${number}: ${chapter.title}`}</ViewTitle>
      <ChapterEditor chapterId={chapterId} chapterKey={chapter.key} />
    </>
  );
}
