import type { ProposalInput } from '../api/ProposalInput.ts';

/** Why the server did not take a proposal: status (0 without connection), code and its message. */
export interface SendFailure {
  status: number;
  code: string;
  message: string;
}

/** A proposal on this device that the server has not confirmed yet. */
export interface QueuedProposal extends ProposalInput {
  /** Refused for good (e.g. the workshop stopped collecting): kept only to show it, never sent again. */
  failed?: SendFailure;
  /** The last failure that is worth waiting out (no connection, rate limit). */
  waiting?: SendFailure;
}
