import { countPhrase } from './countPhrase.ts';

/** One count of a list: how many, and the noun in singular and plural. */
export interface CountItem {
  count: number;
  singular: string;
  plural: string;
}

/**
 * Counts joined as German lists them, each noun in its number, zeros left out (they say nothing); '' when all
 * are zero.
 * @example countList([{ count: 1, singular: 'Leitziel', plural: 'Leitziele' }, { count: 0, … }, { count: 4, singular: 'Handlungsziel', plural: 'Handlungsziele' }]) // '1 Leitziel und 4 Handlungsziele'
 */
export function countList(items: readonly CountItem[]): string {
  const phrases = items.filter((i) => i.count > 0).map((i) => countPhrase(i.count, i.singular, i.plural));
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} und ${phrases.at(-1)}`;
}
