import { type ChapterJSON, keys, type Light, readChapters } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.CHAPTERS] };

function readLight(doc: Y.Doc): Light<ChapterJSON>[] {
  return readChapters(doc);
}

/** Chapters in order, without their bodies (typing in a body does not re-render readers of this). */
export function useChapters(doc: Y.Doc): Light<ChapterJSON>[] {
  return useConceptSnapshot(doc, readLight, scope);
}
