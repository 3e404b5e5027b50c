const FIRST_MS = 2_000;
const MOST_MS = 60_000;

/**
 * How long to wait before try number `attempt + 1`: doubling from 2 s up to a minute, spread by ±20 % so
 * the phones of a whole room do not all come back in the same second when the Wi-Fi returns.
 * @example retryDelay(0, () => 0.5) // 2000
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MOST_MS, FIRST_MS * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.8 + 0.4 * random()));
}
