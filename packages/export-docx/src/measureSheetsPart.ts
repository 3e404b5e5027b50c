import type { ChapterJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import type { ExportContext } from './ExportContext.ts';
import { measureSheet } from './measureSheet.ts';
import { partChapter } from './partChapter.ts';

/** One Maßnahmensteckbrief per measure, in concept order. */
export function measureSheetsPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const content = ctx.concept.measures.flatMap((m, i) => measureSheet(m, ctx, i > 0));
  return partChapter(ctx, 'Maßnahmensteckbriefe', intro, content, '(noch keine Maßnahmen)');
}
