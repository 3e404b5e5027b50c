import { type FileChild, Paragraph, TextRun } from './body/model.ts';
import type { ExportContext } from './ExportContext.ts';
import { emptyMarker } from './emptyMarker.ts';
import { numberingReferences } from './numberingReferences.ts';

/** What an empty chapter shows when empty chapters are marked: the note, and the template's guiding questions. */
export function emptyChapterNote(
  ctx: ExportContext,
  note: string,
  guidingQuestions: readonly string[] = [],
): FileChild[] {
  const questions = guidingQuestions.filter((q) => q.trim() !== '');
  const instance = ctx.nextListInstance();
  return [
    emptyMarker(note),
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
