import type { ChapterJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import type { ExportContext } from './ExportContext.ts';
import { emptyChapterNote } from './emptyChapterNote.ts';
import { heading } from './heading.ts';
import { richTextIsEmpty } from './richTextIsEmpty.ts';
import { richTextToDocx } from './richTextToDocx.ts';

/**
 * A chapter as a numbered Heading 1 with its body; a chapter without text is left out, or marked
 * "(noch ohne Inhalt)" with its guiding questions, as `emptyChapters` says.
 */
export function chapterSection(chapter: ChapterJSON, ctx: ExportContext): FileChild[] {
  const title = chapter.title.trim() || 'Kapitel ohne Titel';
  if (!richTextIsEmpty(chapter.body)) {
    return [
      heading(title, 1),
      ...richTextToDocx(chapter.body, { headingBase: 1, nextListInstance: ctx.nextListInstance }),
    ];
  }
  if (ctx.options.emptyChapters === 'omit') return [];
  return [heading(title, 1), ...emptyChapterNote(ctx, '(noch ohne Inhalt)', chapter.guidingQuestions)];
}
