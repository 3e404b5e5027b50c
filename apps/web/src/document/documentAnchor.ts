import type { SearchTarget } from '@werkbank/concept';

/**
 * The id of the element in the document view that shows `target` (its heading).
 * @example documentAnchor({ kind: 'measure', id: 'm1' }) // 'measure-m1'
 */
export function documentAnchor(target: SearchTarget): string {
  return target.kind === 'vision' ? 'vision' : `${target.kind}-${target.id}`;
}
