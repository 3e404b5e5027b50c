import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

interface Row {
  window_start: number;
  count: number;
}

/**
 * Fixed-window request counts in SQLite, so a restart does not hand every address a fresh allowance. Keys
 * (client addresses) are stored hashed, and a row goes once its window has passed.
 */
export class RateCountStore {
  readonly #select: Database.Statement<[string], Row>;
  readonly #upsert: Database.Statement<[string, number, number]>;
  readonly #prune: Database.Statement<[number]>;
  readonly #db: Database.Database;
  #lastPrune = 0;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#select = db.prepare('SELECT window_start, count FROM rate_counts WHERE key = ?');
    this.#upsert = db.prepare(
      'INSERT INTO rate_counts (key, window_start, count) VALUES (?, ?, ?) ' +
        'ON CONFLICT(key) DO UPDATE SET window_start = excluded.window_start, count = excluded.count',
    );
    this.#prune = db.prepare('DELETE FROM rate_counts WHERE window_start < ?');
  }

  /** Counts one more for `key` in its window of `windowMs`: the count so far and the ms until the window ends. */
  increment(key: string, windowMs: number, now = Date.now()): { current: number; ttl: number } {
    const hashed = createHash('sha256').update(key).digest('hex');
    return this.#db.transaction(() => {
      if (now - this.#lastPrune > windowMs) {
        this.#lastPrune = now;
        this.#prune.run(now - windowMs);
      }
      const row = this.#select.get(hashed);
      const fresh = !row || row.window_start + windowMs <= now;
      const windowStart = fresh ? now : row.window_start;
      const current = fresh ? 1 : row.count + 1;
      this.#upsert.run(hashed, windowStart, current);
      return { current, ttl: windowStart + windowMs - now };
    })();
  }
}
