import type { ChapterJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import { chapterSection } from './chapterSection.ts';
import { contentColumnWidths } from './contentColumnWidths.ts';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { germanLabels } from './germanLabels.ts';
import { pageLayout } from './pageLayout.ts';
import { partChapter } from './partChapter.ts';
import { richTextIsEmpty } from './richTextIsEmpty.ts';

/**
 * The actors (Akteur*innen) beneath their chapter's text, in concept order: name and kind, and their notes in a
 * column of their own when any actor has notes (an empty note stays an empty cell, a missing name reads "–").
 */
export function actorsPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const { actors } = ctx.concept;
  const withNotes = actors.some((a) => a.notes.trim() !== '');
  const headers = withNotes ? ['Name', 'Art', 'Anmerkungen'] : ['Name', 'Art'];
  const rows = actors.map((a) => [
    a.name.trim() || '–',
    germanLabels.actorType[a.type],
    ...(withNotes ? [a.notes.trim()] : []),
  ]);
  const widths = contentColumnWidths(headers, rows, pageLayout.textWidth);
  const content =
    actors.length === 0
      ? []
      : [
          dataTable(
            headers.map((title, i) => ({ title, weight: widths[i] ?? 1 })),
            rows,
          ),
        ];
  // A written chapter about the network stands on its own, as the document view shows it: no "noch keine" note.
  const written = intro !== undefined && !richTextIsEmpty(intro.body);
  if (content.length === 0 && written && ctx.options.emptyChapters === 'omit')
    return chapterSection(intro, ctx);
  return partChapter(ctx, 'Akteur*innen', intro, content, '(noch keine Akteur*innen)');
}
