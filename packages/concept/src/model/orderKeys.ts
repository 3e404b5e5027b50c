import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * An order key strictly between two neighbours. Replicas that inserted concurrently can hold equal keys
 * (ties are broken by id when sorting), so equal or inverted neighbours fall back to a key just after `before`.
 */
export function orderKeyBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

/** `n` increasing order keys after `before`. */
export function orderKeysAfter(before: string | null, n: number): string[] {
  return generateNKeysBetween(before, null, n);
}
