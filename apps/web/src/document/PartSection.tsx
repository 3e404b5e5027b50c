import type { ChapterJSON } from '@werkbank/concept';
import { richTextToPlain } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import type { OutlineEntry } from './documentOutline.ts';
import { HeadingText } from './HeadingText.tsx';
import { RichText } from './RichText.tsx';

interface PartSectionProps {
  entry: OutlineEntry;
  /** The template chapter whose place the part takes: its text opens the part, its questions fill an empty one. */
  intro?: ChapterJSON | undefined;
  /** The part's own content; null when it has none yet. */
  children: ReactNode | null;
  /** What an empty part says, e.g. "(noch keine Ziele)". */
  emptyNote: string;
  anchor?: string;
}

/** A chapter or structured part: numbered heading, the chapter's text, the content or a note that there is none yet. */
export function PartSection({ entry, intro, children, emptyNote, anchor }: PartSectionProps) {
  const t = useT();
  const hasIntro = intro !== undefined && richTextToPlain(intro.body) !== '';
  const questions = (intro?.guidingQuestions ?? []).filter((q) => q.trim() !== '');
  return (
    <section
      className="document-part"
      id={anchor !== entry.anchor ? anchor : undefined}
      aria-labelledby={entry.anchor}
    >
      <h2 id={entry.anchor} tabIndex={-1}>
        <HeadingText entry={entry} />
      </h2>
      {hasIntro && <RichText doc={intro.body} headingOffset={2} />}
      {children ??
        (hasIntro ? null : (
          <div className="document-empty">
            <p>{emptyNote}</p>
            {questions.length > 0 && (
              <>
                <p>{t('web.document.guidingQuestions')}</p>
                <ul>
                  {questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
    </section>
  );
}
