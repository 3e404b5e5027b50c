import { randomBytes } from 'node:crypto';

interface Ticket {
  conceptId: string;
  tokenHash: string;
  expiresAt: number;
}

/**
 * Short-lived single-use tickets for opening a sync socket, so that the token itself never sits in a URL that
 * reverse proxies log. A ticket stands for the token it was issued with: the link is checked again when the
 * socket opens, so a link revoked in between still refuses it. Held in memory only.
 */
export class SyncTickets {
  readonly #tickets = new Map<string, Ticket>();
  readonly #ttlMs: number;
  readonly #max: number;

  constructor(ttlMs = 30_000, max = 10_000) {
    this.#ttlMs = ttlMs;
    this.#max = max;
  }

  /** A new ticket for `conceptId` and the token hashed `tokenHash`, or null when too many are outstanding. */
  issue(conceptId: string, tokenHash: string, now = Date.now()): string | null {
    if (this.#tickets.size >= this.#max) this.#prune(now);
    if (this.#tickets.size >= this.#max) return null;
    const ticket = randomBytes(24).toString('base64url');
    this.#tickets.set(ticket, { conceptId, tokenHash, expiresAt: now + this.#ttlMs });
    return ticket;
  }

  /** The token hash a live ticket for `conceptId` stands for, once; null for unknown, used or expired ones. */
  redeem(ticket: string, conceptId: string, now = Date.now()): string | null {
    const found = this.#tickets.get(ticket);
    this.#tickets.delete(ticket);
    if (!found || found.expiresAt <= now || found.conceptId !== conceptId) return null;
    return found.tokenHash;
  }

  get ttlSeconds(): number {
    return Math.round(this.#ttlMs / 1000);
  }

  #prune(now: number): void {
    for (const [ticket, { expiresAt }] of this.#tickets) if (expiresAt <= now) this.#tickets.delete(ticket);
  }
}
