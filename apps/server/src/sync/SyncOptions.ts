/** Limits and timings of the sync endpoint; every field can be overridden in `createServer`. */
export interface SyncOptions {
  /** Largest accepted WebSocket message; bigger ones close the socket with 4414 (beyond `maxBufferedBytes`, which
   * `ws` will not even read, with 1009). */
  maxMessageBytes: number;
  /** Largest concept (Yjs state); an update beyond it closes the socket with 4413. */
  maxDocBytes: number;
  /** Largest awareness frame; bigger ones close with 1009. It carries everyone's states when a stock
   * y-websocket client relays them back, so it is sized for a full room. */
  maxAwarenessBytes: number;
  /** Largest presence state of one client (name, colour, place, cursor) as JSON; bigger ones close with 1009. */
  maxAwarenessStateBytes: number;
  /** Presence updates one socket may make: burst, then per second; excess waits (only the newest state). */
  awarenessBurst: number;
  awarenessPerSecond: number;
  /** Presence changes go out to everyone at most once per this many milliseconds, as one frame. */
  awarenessBatchMs: number;
  /** Awareness client ids one socket may announce (a browser tab has one). */
  maxClientsPerConnection: number;
  /** Open sockets per concept; more are closed with 1013 (try again later). */
  maxConnectionsPerConcept: number;
  /** Of those, how many only editors and owners may take: viewers are refused (1013) beyond the rest. */
  connectionsKeptForWriters: number;
  /** Open sockets of one link in one concept; more are closed with 1013. */
  maxConnectionsPerLink: number;
  /** Open sockets from one client address in one concept (a town hall's staff may share one); more: 1013. */
  maxConnectionsPerAddress: number;
  /** Token bucket per socket: burst size and messages per second; excess is delayed, not dropped. */
  rateBurst: number;
  ratePerSecond: number;
  /** Messages one socket may have waiting for the rate limit before it is closed with 1008. */
  maxQueuedMessages: number;
  /** Unsent bytes to one socket before it counts as too slow and is closed with 1013; also the most bytes one
   * socket may have waiting for the rate limit (beyond: 1008). */
  maxBufferedBytes: number;
  /** A socket that misses one ping interval's pong is dropped. */
  pingIntervalMs: number;
  /** A concept stays in memory this long after its last socket closed. */
  unloadDelayMs: number;
  /** Updates are compacted into a snapshot after this quiet time, at most `compactMaxWaitMs` late. */
  compactDelayMs: number;
  compactMaxWaitMs: number;
  /** …or at once when this many updates are waiting. */
  compactAfterUpdates: number;
}

export const defaultSyncOptions: SyncOptions = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxDocBytes: 50 * 1024 * 1024,
  maxAwarenessBytes: 64 * 1024,
  maxAwarenessStateBytes: 4 * 1024,
  awarenessBurst: 30,
  awarenessPerSecond: 15,
  awarenessBatchMs: 50,
  maxClientsPerConnection: 4,
  maxConnectionsPerConcept: 500,
  connectionsKeptForWriters: 100,
  maxConnectionsPerLink: 100,
  maxConnectionsPerAddress: 100,
  rateBurst: 300,
  ratePerSecond: 100,
  maxQueuedMessages: 1000,
  maxBufferedBytes: 16 * 1024 * 1024,
  pingIntervalMs: 30_000,
  unloadDelayMs: 30_000,
  compactDelayMs: 2_000,
  compactMaxWaitMs: 30_000,
  compactAfterUpdates: 500,
};
