import type { ChapterKind } from '../json/conceptJsonSchema.ts';
import { chapterKind } from './chapterKind.ts';

/** A structured part of the concept document, built from the concept's entities rather than from a chapter's text. */
export type StructuredPart =
  | 'vision'
  | 'goals'
  | 'fieldsOfAction'
  | 'measuresOverview'
  | 'measureSheets'
  | 'matrix'
  | 'actors'
  | 'participation';

/** The structured parts in the order the document places them when no chapter asks for them. */
export const STRUCTURED_PARTS: readonly StructuredPart[] = [
  'vision',
  'goals',
  'fieldsOfAction',
  'measuresOverview',
  'measureSheets',
  'matrix',
  'actors',
  'participation',
];

/** The structured parts a chapter of each kind introduces; the first part opens with the chapter's text. */
export const PARTS_OF_KIND: Readonly<Record<ChapterKind, readonly StructuredPart[]>> = {
  text: [],
  vision: ['vision'],
  goals: ['goals'],
  fieldsOfAction: ['fieldsOfAction'],
  measures: ['measuresOverview', 'measureSheets', 'matrix'],
  actors: ['actors'],
  participation: ['participation'],
};

/** One part of the document in reading order: a chapter of its own, or a structured part (opened by `intro`). */
export type DocumentPart<C> = { part: 'chapter'; chapter: C } | { part: StructuredPart; intro?: C };

type KindedChapter = { key: string; kind?: ChapterKind | null };

/**
 * The body of the concept document in order: the chapters, with the structured parts in the place of the
 * chapters of their kind (`chapterKind`: stored, else read from the key), each opened by that chapter's text
 * (the first chapter of a kind; a later one stays a chapter); a structured part no chapter asks for comes just
 * before the first later part a chapter places, else after the chapters. `include` leaves parts out. The Word
 * export, the document view, the navigation and the findings all follow it.
 * @example documentParts(concept.chapters).map((p) => p.part) // ['chapter', 'vision', 'goals', …]
 */
export function documentParts<C extends KindedChapter>(
  chapters: readonly C[],
  include: (part: StructuredPart) => boolean = () => true,
): DocumentPart<C>[] {
  const result: DocumentPart<C>[] = [];
  const placed = new Set<StructuredPart>();
  const anchoredSomewhere = new Set(chapters.flatMap((c) => PARTS_OF_KIND[chapterKind(c)]));
  for (const chapter of chapters) {
    const anchored = PARTS_OF_KIND[chapterKind(chapter)].filter((part) => include(part) && !placed.has(part));
    if (anchored.length === 0) {
      result.push({ part: 'chapter', chapter });
      continue;
    }
    // A part no chapter asks for comes before the parts that follow it ("Leitbild" before "Ziele"), not at the end.
    const first = STRUCTURED_PARTS.indexOf(anchored[0] as StructuredPart);
    for (const part of STRUCTURED_PARTS.slice(0, first)) {
      if (!include(part) || placed.has(part) || anchoredSomewhere.has(part)) continue;
      placed.add(part);
      result.push({ part });
    }
    anchored.forEach((part, index) => {
      placed.add(part);
      result.push(index === 0 ? { part, intro: chapter } : { part });
    });
  }
  for (const part of STRUCTURED_PARTS) {
    if (include(part) && !placed.has(part)) result.push({ part });
  }
  return result;
}
