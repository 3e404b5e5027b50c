interface Bucket {
  tokens: number;
  last: number;
}

/**
 * A token bucket per key (a participant, a link): `perMinute` at once, refilled evenly over a minute. Keys
 * whose bucket is full again are forgotten, so memory follows recent activity only.
 */
export class RateLimit {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #buckets = new Map<string, Bucket>();
  #lastPrune: number;

  constructor(perMinute: number, now = performance.now()) {
    this.#capacity = perMinute;
    this.#perMs = perMinute / 60_000;
    this.#lastPrune = now;
  }

  /** Takes one token for `key`: 0 when granted, else the milliseconds until one is free. */
  take(key: string, now = performance.now()): number {
    this.#prune(now);
    const bucket = this.#refilled(key, now);
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs));
    bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    return 0;
  }

  /** Gives back a token taken for something that did not happen (a resent or refused proposal). */
  refund(key: string): void {
    const bucket = this.#buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.#capacity, bucket.tokens + 1);
  }

  #refilled(key: string, now: number): Bucket {
    const bucket = this.#buckets.get(key);
    if (!bucket) return { tokens: this.#capacity, last: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.last) * this.#perMs);
    bucket.last = now;
    return bucket;
  }

  #prune(now: number): void {
    if (now - this.#lastPrune < 60_000) return;
    this.#lastPrune = now;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.last) * this.#perMs >= this.#capacity) this.#buckets.delete(key);
    }
  }
}
