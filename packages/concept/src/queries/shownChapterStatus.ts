import type { ChapterStatus } from '../json/conceptJsonSchema.ts';

/**
 * The status a chapter shows: one still marked empty whose part already has text (the Leitbild beneath the
 * chapter that holds it) reads as a draft, as its own first text would have made it; any other status as stored.
 * The navigation's badge and the chapter's "Bearbeitungsstand" both show it, so they never disagree.
 * @example shownChapterStatus('empty', true) // 'draft'
 */
export function shownChapterStatus(status: ChapterStatus, partWritten: boolean): ChapterStatus {
  return status === 'empty' && partWritten ? 'draft' : status;
}
