import { chapterStatusSchema, keys, updateChapter, watchChapterStatus } from '@werkbank/concept';
import { useEffect } from 'react';
import { SelectField } from '../common/SelectField.tsx';
import type { ViewProps } from '../common/ViewProps.ts';
import { useChapter } from '../hooks/useChapter.ts';
import { useEntityFragment } from '../hooks/useEntityFragment.ts';
import { useT } from '../i18n/useT.ts';
import { PresenceDots } from '../presence/PresenceDots.tsx';
import { RichTextEditor } from '../richText/RichTextEditor.tsx';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';

/** Props of `ChapterView`. */
export interface ChapterViewProps extends ViewProps {
  chapterId: string;
  /** False leaves out the chapter's own heading, for a page whose heading already names the chapter. */
  showTitle?: boolean;
}

/**
 * One chapter of the concept: title, editing status, the template's guiding questions as hints, and the
 * chapter text. Typing the first text into an empty chapter sets its status to draft.
 * @example <ChapterView doc={doc} chapterId={id} editable awareness={awareness} user={user} showTitle={false} />
 */
export function ChapterView({
  doc,
  chapterId,
  editable,
  awareness,
  user,
  showTitle = true,
}: ChapterViewProps) {
  const t = useT();
  const chapter = useChapter(doc, chapterId);
  const body = useEntityFragment(doc, keys.CHAPTERS, chapterId, 'body');
  // The first text typed here moves the chapter from "Leer" to "Entwurf" (never back, never from another status).
  useEffect(() => (editable ? watchChapterStatus(doc, chapterId) : undefined), [doc, chapterId, editable]);
  if (!chapter) {
    return (
      <p role="status" className="wb-notice">
        {t('common.gone')}
      </p>
    );
  }
  const title = chapter.title || t('common.untitled');
  return (
    <article
      className="wb-chapter"
      aria-labelledby={showTitle ? `${chapter.id}-heading` : undefined}
      aria-label={showTitle ? undefined : title}
    >
      <header className="wb-view-header">
        {showTitle && <h2 id={`${chapter.id}-heading`}>{title}</h2>}
        <PresenceDots awareness={awareness} location={{ kind: 'chapter', id: chapter.id }} />
      </header>
      <div className="wb-grid">
        <SharedTextField
          label={t('chapter.title')}
          target={{ doc, collection: keys.CHAPTERS, id: chapter.id, field: 'title' }}
          awareness={awareness}
          editable={editable}
          className="wb-span-2"
          onCommit={(title) => updateChapter(doc, chapter.id, { title })}
        />
        <SelectField
          label={t('chapter.status')}
          value={chapter.status}
          editable={editable}
          options={chapterStatusSchema.options.map((value) => ({
            value,
            label: t(`chapter.status.${value}`),
          }))}
          onChange={(value) => updateChapter(doc, chapter.id, { status: value as typeof chapter.status })}
        />
      </div>
      {chapter.guidingQuestions.length > 0 && (
        <aside className="wb-guiding-questions" aria-labelledby={`${chapter.id}-questions`}>
          <h3 id={`${chapter.id}-questions`}>{t('chapter.guidingQuestions')}</h3>
          <ul>
            {chapter.guidingQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </aside>
      )}
      {body && (
        <RichTextEditor
          fragment={body}
          awareness={awareness}
          user={user}
          editable={editable}
          label={t('chapter.body')}
          placeholder={t('chapter.bodyPlaceholder')}
        />
      )}
    </article>
  );
}
