import type { ProposalInput } from '../api/ProposalInput.ts';
import type { QueuedProposal } from './QueuedProposal.ts';

/** A proposal this session sent, with the id the server gave it. */
export interface SentProposal extends ProposalInput {
  id: string;
}

/** What the queue holds: proposals still to send, and those sent in this session (until the page shows them). */
export interface ProposalQueueState {
  items: readonly QueuedProposal[];
  sent: readonly SentProposal[];
}
