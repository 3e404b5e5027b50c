import type { Translate } from './Translate.ts';

/**
 * A count in words: looks up `key.none`, `key.one` or `key.other` (German and English need no more forms),
 * so the catalogues say "1 Maßnahme" and "3 Maßnahmen" instead of "Maßnahme(n)".
 */
export function countMessage(t: Translate, key: string, count: number): string {
  return t(`${key}.${count === 0 ? 'none' : count === 1 ? 'one' : 'other'}`, { count });
}
