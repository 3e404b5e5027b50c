import {
  type ChapterJSON,
  type ChapterKind,
  chapterKind,
  chapterNumbers,
  type Light,
} from '@werkbank/concept';
import { useChapters } from '@werkbank/editor';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';

/** The chapter a structured part is placed in, with its number. */
export interface ChapterPlace {
  chapter: Light<ChapterJSON>;
  /** Its number, as `chapterNumbers` gives it everywhere ("9"). */
  number: string;
}

/**
 * The chapter a structured part is placed in: the first chapter of that kind, as `documentParts` places it;
 * undefined when the concept has none (the part then stands on its own).
 */
export function useChapterOfKind(kind: ChapterKind): ChapterPlace | undefined {
  const { doc } = useWorkspace();
  const chapters = useChapters(doc);
  const chapter = chapters.find((c) => chapterKind(c) === kind);
  return chapter && { chapter, number: chapterNumbers(chapters).get(chapter.id) ?? '' };
}
