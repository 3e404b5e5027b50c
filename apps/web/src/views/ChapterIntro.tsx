import { useT } from '@werkbank/editor';
import { ChapterEditor } from './ChapterEditor.tsx';
import type { ChapterPlace } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The page's heading ("5 Leitbild") and the chapter's editor with its guiding questions, above the part it introduces. */
export function ChapterIntro({ place, partWritten }: { place: ChapterPlace; partWritten?: boolean }) {
  const t = useT();
  const { chapter, number } = place;
  return (
    <>
      <ViewTitle>{`${number} ${chapter.title || t('common.untitled')}`}</ViewTitle>
      <ChapterEditor chapterId={chapter.id} chapterKey={chapter.key} intro partWritten={partWritten} />
    </>
  );
}
