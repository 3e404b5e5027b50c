import { ChapterView } from '@werkbank/editor';
import { useConceptTemplate } from '../workspace/useConceptTemplate.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';

interface ChapterEditorProps {
  chapterId: string;
  chapterKey: string;
  /** The chapter introduces a structured part beneath it: no own heading, its text labelled "Einleitung". */
  intro?: boolean;
  /** The part beneath has text of its own (the Leitbild), so the chapter shows at least "Entwurf". */
  partWritten?: boolean;
}

/** A chapter's editor with the template's hint; whether its guiding questions are open is kept per concept and chapter. */
export function ChapterEditor({
  chapterId,
  chapterKey,
  intro = false,
  partWritten = false,
}: ChapterEditorProps) {
  const { doc, awareness, editable, conceptId } = useWorkspace();
  const user = useEditorUser();
  const { template } = useConceptTemplate();
  const hint = template?.chapters.find((c) => c.key === chapterKey)?.hint;
  return (
    <ChapterView
      key={chapterId}
      doc={doc}
      chapterId={chapterId}
      editable={editable}
      awareness={awareness}
      user={user}
      hint={hint}
      guideKey={`${conceptId}:${chapterId}`}
      showTitle={!intro}
      intro={intro}
      partWritten={partWritten}
    />
  );
}
