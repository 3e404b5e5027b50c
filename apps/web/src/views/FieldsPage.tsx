import { FieldsOfActionEditor, useT } from '@werkbank/editor';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterIntro } from './ChapterIntro.tsx';
import { useChapterOfKind } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The fields of action (Handlungsfelder), beneath the text of the chapter they are placed in. */
export function FieldsPage() {
  const t = useT();
  const { doc, awareness, editable } = useWorkspace();
  const place = useChapterOfKind('fieldsOfAction');
  return (
    <>
      {place ? <ChapterIntro place={place} /> : <ViewTitle>{t('field.heading')}</ViewTitle>}
      <FieldsOfActionEditor doc={doc} editable={editable} awareness={awareness} />
    </>
  );
}
