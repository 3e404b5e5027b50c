import type { SyncTarget } from '../syncLatency/SyncTarget.ts';
import type { Moderator } from './Moderator.ts';
import type { StoredProposal } from './StoredProposal.ts';
import type { WorkshopAddress } from './WorkshopAddress.ts';

/** A server with one workshop ready for participants, and its moderator client already watching. */
export interface WorkshopTarget {
  name: string;
  /** The server process (`stopServer` ends it); only `name` and `child` matter here. */
  server: SyncTarget;
  address: WorkshopAddress;
  dotsPerParticipant: number;
  moderator: Moderator;
  /** The workshop's proposals as the server stores them, read after the run. */
  readBack(): Promise<StoredProposal[]>;
}
