import {
  chapterStatusSchema,
  keys,
  shownChapterStatus,
  updateChapter,
  watchChapterStatus,
} from '@werkbank/concept';
import { useEffect } from 'react';
import { SelectField } from '../common/SelectField.tsx';
import type { ViewProps } from '../common/ViewProps.ts';
import { GuidingQuestions } from '../guide/GuidingQuestions.tsx';
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
  /** The template's hint on what a good answer contains, shown with the guiding questions. */
  hint?: string;
  /** Where this person's choice to show or hide the guiding questions is remembered (e.g. concept and chapter). */
  guideKey?: string;
  /** The chapter introduces a structured part shown beneath it: its text is labelled "Einleitung". */
  intro?: boolean;
  /**
   * The part beneath has text of its own (the Leitbild): the status then shows at least "Entwurf" and cannot be
   * set back to "Leer" (`shownChapterStatus`), as the navigation shows it.
   */
  partWritten?: boolean;
}

/**
 * One chapter of the concept: title, editing status, the template's guiding questions and hint (foldable,
 * remembered under `guideKey`), and the chapter text. Typing the first text into an empty chapter sets its status to draft.
 * @example <ChapterView doc={doc} chapterId={id} editable awareness={awareness} user={user} showTitle={false} />
 */
export function ChapterView({
  doc,
  chapterId,
  editable,
  awareness,
  user,
  showTitle = true,
  hint,
  guideKey,
  intro = false,
  partWritten = false,
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
  const status = shownChapterStatus(chapter.status, partWritten);
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
          value={status}
          editable={editable}
          options={chapterStatusSchema.options
            .filter((value) => value === shownChapterStatus(value, partWritten))
            .map((value) => ({ value, label: t(`chapter.status.${value}`) }))}
          onChange={(value) => updateChapter(doc, chapter.id, { status: value as typeof chapter.status })}
        />
      </div>
      <GuidingQuestions
        questions={chapter.guidingQuestions}
        hint={hint}
        storageKey={guideKey}
        defaultOpen={status === 'empty'}
      />
      {body && (
        <RichTextEditor
          fragment={body}
          awareness={awareness}
          user={user}
          editable={editable}
          label={intro ? t('chapter.intro') : t('chapter.body')}
          placeholder={intro ? t('chapter.introPlaceholder') : t('chapter.bodyPlaceholder')}
        />
      )}
    </article>
  );
}
