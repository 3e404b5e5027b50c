import type { WorkshopAddress } from './WorkshopAddress.ts';

/** Requests sent by one participant process in one phase. */
export interface RequestLog {
  /** Request to answer read, in ms. */
  latencies: number[];
  /** Answers by HTTP status (`network` when no answer came). */
  statuses: Record<string, number>;
  cpuSeconds: number;
}

/** Messages from the benchmark to a participant process. */
export type ToParticipants =
  | {
      type: 'collect';
      address: WorkshopAddress;
      indexes: number[];
      proposalsEach: number;
      seconds: number;
      /** Each participant also holds its own event stream open until the votes are in. */
      streams: boolean;
    }
  | {
      type: 'vote';
      address: WorkshopAddress;
      indexes: number[];
      proposalIds: string[];
      dots: number;
      seconds: number;
    };

/** Answers of a participant process. */
export type FromParticipants =
  | { type: 'collected'; log: RequestLog; ids: string[] }
  | {
      type: 'voted';
      log: RequestLog;
      /** Per participant id, the dots of the last PUT the server accepted. */
      votes: Record<string, Record<string, number>>;
    };
