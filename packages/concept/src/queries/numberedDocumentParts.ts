import type { ChapterKind } from '../json/conceptJsonSchema.ts';
import { type DocumentPart, documentParts, type StructuredPart } from './documentParts.ts';

type NumberedChapter = { id: string; key: string; kind?: ChapterKind | null };

/** A part of the document with the number its heading carries, if it carries one. */
export type NumberedPart<C> = DocumentPart<C> & { number?: string };

/**
 * The chapters' numbers: a chapter keeps its place among all of the concept's chapters, so "9" names the same
 * chapter in the navigation, the document view and the Word export, also where the export leaves an empty
 * chapter out (its number is then missing, not given to the next one).
 * @example chapterNumbers(concept.chapters).get(chapter.id) // '9'
 */
export function chapterNumbers(chapters: readonly { id: string }[]): Map<string, string> {
  return new Map(chapters.map((chapter, index) => [chapter.id, String(index + 1)]));
}

/**
 * `documentParts` with the one numbering every view shares (`chapterNumbers`): a chapter carries its number, a
 * structured part the number of the chapter that introduces it; the parts that follow it in that chapter (the
 * sheets and the matrix after the measures overview) and a part no chapter introduces carry none.
 * @example numberedDocumentParts(chapters).map((p) => p.number) // ['1', …, '8', undefined, undefined, '9', …]
 */
export function numberedDocumentParts<C extends NumberedChapter>(
  chapters: readonly C[],
  include?: (part: StructuredPart) => boolean,
): NumberedPart<C>[] {
  const numbers = chapterNumbers(chapters);
  return documentParts(chapters, include).map((step) => {
    const chapter = step.part === 'chapter' ? step.chapter : step.intro;
    const number = chapter && numbers.get(chapter.id);
    return number === undefined ? step : { ...step, number };
  });
}
