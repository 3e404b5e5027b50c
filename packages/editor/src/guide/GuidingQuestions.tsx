import { useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { readGuideOpen, writeGuideOpen } from './guideOpenStore.ts';

/** Props of `GuidingQuestions`. */
export interface GuidingQuestionsProps {
  questions: readonly string[];
  /** What a good answer contains (the template's `hint`). */
  hint?: string;
  /** Where this person's choice to open or close it is remembered (localStorage); none forgets it. */
  storageKey?: string;
  /** Open until the person closes it, e.g. while the chapter is still empty. */
  defaultOpen: boolean;
}

/**
 * The template's guiding questions (Leitfragen) and its hint beside a chapter or structured part, behind a
 * disclosure button; open or closed as this person left it.
 * @example <GuidingQuestions questions={chapter.guidingQuestions} hint={hint} storageKey={`c1:leitbild`} defaultOpen />
 */
export function GuidingQuestions({ questions, hint, storageKey, defaultOpen }: GuidingQuestionsProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(() => readGuideOpen(storageKey) ?? defaultOpen);
  if (questions.length === 0 && !hint) return null;
  const toggle = () => {
    setOpen(!open);
    writeGuideOpen(storageKey, !open);
  };
  return (
    <aside className="wb-guiding-questions" aria-labelledby={`${id}-toggle`}>
      <h3 className="wb-guide-heading">
        <button
          type="button"
          id={`${id}-toggle`}
          className="wb-guide-toggle"
          aria-expanded={open}
          aria-controls={open ? `${id}-body` : undefined}
          onClick={toggle}
        >
          <span aria-hidden="true" className="wb-guide-chevron" />
          {t('chapter.guidingQuestions')}
        </button>
      </h3>
      {open && (
        <div id={`${id}-body`}>
          {questions.length > 0 && (
            <ul>
              {questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          )}
          {hint && (
            <p className="wb-guide-hint">
              <strong>{t('chapter.hint')}</strong> {hint}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
