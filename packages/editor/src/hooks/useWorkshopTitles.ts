import { collection, keys } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

const scope = { keys: [keys.WORKSHOPS] };

function readWorkshopTitles(doc: Y.Doc): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const [id, workshop] of collection(doc, keys.WORKSHOPS))
    titles[id] = String(workshop.get('title') ?? '');
  return titles;
}

/** Workshop titles by id, live; unlike `useWorkshops` it ignores proposals and votes arriving. */
export function useWorkshopTitles(doc: Y.Doc): Record<string, string> {
  return useConceptSnapshot(doc, readWorkshopTitles, scope);
}
