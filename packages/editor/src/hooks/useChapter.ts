import type { ChapterJSON, Light } from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useChapters } from './useChapters.ts';

/** One chapter without its body, or undefined once it is deleted. */
export function useChapter(doc: Y.Doc, id: string): Light<ChapterJSON> | undefined {
  const chapters = useChapters(doc);
  return useMemo(() => chapters.find((c) => c.id === id), [chapters, id]);
}
