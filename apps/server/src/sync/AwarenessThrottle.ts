import type { AwarenessEntry } from './decodeAwarenessUpdate.ts';
import { TokenBucket } from './TokenBucket.ts';

/**
 * Holds back one socket's presence updates beyond its rate. Nothing is lost that matters: of each client id
 * only the newest state waits, and it is applied as soon as the rate allows.
 */
export class AwarenessThrottle {
  readonly #bucket: TokenBucket;
  readonly #pending = new Map<number, AwarenessEntry>();
  readonly #apply: (entries: AwarenessEntry[]) => void;
  #timer: NodeJS.Timeout | null = null;

  constructor(burst: number, perSecond: number, apply: (entries: AwarenessEntry[]) => void) {
    this.#bucket = new TokenBucket(burst, perSecond);
    this.#apply = apply;
  }

  offer(entries: AwarenessEntry[]): void {
    for (const entry of entries) {
      const waiting = this.#pending.get(entry.clientId);
      if (!waiting || waiting.clock <= entry.clock) this.#pending.set(entry.clientId, entry);
    }
    if (!this.#timer) this.#flush();
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending.clear();
  }

  #flush(): void {
    if (this.#pending.size === 0) return;
    if (!this.#bucket.take()) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#flush();
      }, this.#bucket.msUntilToken());
      return;
    }
    const entries = [...this.#pending.values()];
    this.#pending.clear();
    this.#apply(entries);
  }
}
