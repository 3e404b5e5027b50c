import type { ChapterJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import type { ExportContext } from './ExportContext.ts';
import { partChapter } from './partChapter.ts';
import { richTextIsEmpty } from './richTextIsEmpty.ts';
import { richTextToDocx } from './richTextToDocx.ts';

/** The vision (Leitbild) as a numbered chapter. */
export function visionPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const { vision } = ctx.concept;
  const content = richTextIsEmpty(vision)
    ? []
    : richTextToDocx(vision, { headingBase: 1, nextListInstance: ctx.nextListInstance });
  return partChapter(ctx, 'Leitbild', intro, content, '(noch ohne Inhalt)');
}
