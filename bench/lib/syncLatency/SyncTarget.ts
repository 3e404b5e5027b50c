import type { ChildProcess } from 'node:child_process';

/** A sync server running as its own process, and how a client reaches one document on it. */
export interface SyncTarget {
  name: string;
  child: ChildProcess;
  /** What `WebsocketProvider` takes as server URL; the room is appended. */
  serverUrl: string;
  room: string;
  params: Record<string, string>;
}
