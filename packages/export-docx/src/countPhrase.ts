/**
 * A count with its noun in the right number, "ein"/"eine" for one when an article is given.
 * @example countPhrase(1, 'Beitrag', 'Beiträge', 'ein') // 'ein Beitrag'
 */
export function countPhrase(count: number, singular: string, plural: string, one?: string): string {
  if (count === 1) return `${one ?? '1'} ${singular}`;
  return `${count.toLocaleString('de-DE')} ${plural}`;
}
