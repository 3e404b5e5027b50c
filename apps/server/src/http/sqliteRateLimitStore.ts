import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateCountStore } from '../store/RateCountStore.ts';

/** A `@fastify/rate-limit` store that keeps its counts in SQLite (RateCountStore) instead of memory. */
export function sqliteRateLimitStore(counts: RateCountStore): FastifyRateLimitStoreCtor {
  return class SqliteRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      let result: { current: number; ttl: number };
      try {
        result = counts.increment(key, timeWindow);
      } catch (error) {
        callback(error as Error);
        return;
      }
      callback(null, result);
    }

    // Every route of the scope shares one count (creating and importing count together).
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
