/** Messages from the benchmark to a client process. */
export type ToClients =
  | { type: 'connect'; url: string; indexes: number[]; writers: number }
  | { type: 'setup' }
  | { type: 'start'; rate: number }
  | { type: 'stop' }
  | { type: 'count' }
  | { type: 'report' };

/** Answers of a client process. */
export type FromClients =
  | { type: 'synced' }
  | { type: 'ready' }
  | { type: 'stopped'; sent: number }
  | { type: 'count'; delivered: number }
  | { type: 'report'; latencies: number[]; cpuSeconds: number };
