import type { ChapterJSON } from '@werkbank/concept';
import { type FileChild, Paragraph, TextRun } from 'docx';
import type { ExportContext } from './ExportContext.ts';
import { emptyMarker } from './emptyMarker.ts';
import { heading } from './heading.ts';
import { numberingReferences } from './numberingReferences.ts';
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
  const questions = chapter.guidingQuestions.filter((q) => q.trim() !== '');
  const instance = ctx.nextListInstance();
  return [
    heading(title, 1),
    emptyMarker(),
    ...(questions.length > 0
      ? [new Paragraph({ style: 'EmptyMarker', keepNext: true, text: 'Leitfragen:' })]
      : []),
    ...questions.map(
      (q) =>
        new Paragraph({
          style: 'EmptyMarker',
          numbering: { reference: numberingReferences.bullets, level: 0, instance },
          children: [new TextRun(q)],
        }),
    ),
  ];
}
