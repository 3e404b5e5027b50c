import type { FastifyReply } from 'fastify';
import type { HttpError } from '../http/HttpError.ts';
import { RateLimit } from './RateLimit.ts';
import { rateLimited } from './rateLimited.ts';
import type { WorkshopLimits } from './WorkshopLimits.ts';

/** The two rates a new proposal counts against: its participant's and its link's. */
export class ProposalRates {
  readonly #participants: RateLimit;
  readonly #links: RateLimit;

  constructor(limits: WorkshopLimits) {
    this.#participants = new RateLimit(limits.proposalsPerParticipantPerMinute);
    this.#links = new RateLimit(limits.proposalsPerLinkPerMinute);
  }

  /** Takes one of each; otherwise gives back what it took and returns the 429 to throw. */
  take(reply: FastifyReply, participantKey: string, linkId: string): HttpError | null {
    const own = this.#participants.take(participantKey);
    if (own > 0) return rateLimited(reply, 'proposals-rate-limited', own);
    const all = this.#links.take(linkId);
    if (all === 0) return null;
    this.#participants.refund(participantKey);
    return rateLimited(reply, 'link-rate-limited', all);
  }

  /** Gives both back, for a proposal that was not added after all (resent or refused). */
  refund(participantKey: string, linkId: string): void {
    this.#participants.refund(participantKey);
    this.#links.refund(linkId);
  }
}
