import type { ConceptJSON } from '@werkbank/concept';

/** The file's keywords, all from the concept: its programme, territory and phenomenon areas (themes). */
export function documentKeywords(concept: Pick<ConceptJSON, 'meta' | 'phenomena'>): string {
  const words = [
    concept.meta.programme,
    concept.meta.territory,
    ...concept.phenomena.map((p) => p.title),
  ].map((w) => w.trim().replaceAll(',', ' '));
  return [...new Set(words.filter(Boolean))].join(', ');
}
