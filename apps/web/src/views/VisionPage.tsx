import { useT, VisionView } from '@werkbank/editor';
import { useVisionWritten } from '../nav/useVisionWritten.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterIntro } from './ChapterIntro.tsx';
import { useChapterOfKind } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The vision (Leitbild), beneath the text of the chapter it is placed in. */
export function VisionPage() {
  const t = useT();
  const { doc, awareness, editable } = useWorkspace();
  const user = useEditorUser();
  const place = useChapterOfKind('vision');
  const written = useVisionWritten(doc);
  return (
    <>
      {place ? (
        <ChapterIntro place={place} partWritten={written} />
      ) : (
        <ViewTitle hidden>{t('vision.heading')}</ViewTitle>
      )}
      <VisionView doc={doc} editable={editable} awareness={awareness} user={user} />
    </>
  );
}
