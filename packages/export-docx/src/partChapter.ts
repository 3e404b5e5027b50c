import type { ChapterJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import type { ExportContext } from './ExportContext.ts';
import { emptyChapterNote } from './emptyChapterNote.ts';
import { heading } from './heading.ts';
import { richTextIsEmpty } from './richTextIsEmpty.ts';
import { richTextToDocx } from './richTextToDocx.ts';

/**
 * A structured part (goal system, measures…) as a Heading 1 chapter. When the template has a chapter for it
 * (`intro`), the part takes that chapter's place and title, and the chapter's text opens it. A part with neither
 * content nor text is left out or marked, as `emptyChapters` says.
 */
export function partChapter(
  ctx: ExportContext,
  title: string,
  intro: ChapterJSON | undefined,
  content: FileChild[],
  emptyNote: string,
): FileChild[] {
  const introBlocks =
    intro && !richTextIsEmpty(intro.body)
      ? richTextToDocx(intro.body, { headingBase: 1, nextListInstance: ctx.nextListInstance })
      : [];
  if (content.length === 0 && introBlocks.length === 0 && ctx.options.emptyChapters === 'omit') return [];
  return [
    heading(intro?.title.trim() || title, 1),
    ...introBlocks,
    ...(content.length > 0 ? content : emptyChapterNote(ctx, emptyNote, intro?.guidingQuestions)),
  ];
}
