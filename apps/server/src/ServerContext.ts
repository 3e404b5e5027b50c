import type { SyncTickets } from './auth/SyncTickets.ts';
import type { Metrics } from './metrics/Metrics.ts';
import type { Store } from './store/Store.ts';
import type { BackupSchedule } from './store/scheduleBackups.ts';
import type { Rooms } from './sync/Rooms.ts';
import type { WorkPool } from './work/WorkPool.ts';
import type { WorkshopHub } from './workshops/WorkshopHub.ts';

/** What route groups share: the store, the loaded concepts, workshop streams, the public base URL for links. */
export interface ServerContext {
  store: Store;
  rooms: Rooms;
  /** Workshops' open event streams. */
  workshops: WorkshopHub;
  /** e.g. `https://werkbank.kreis-musterland.de`; when unset, links use the request's own host. */
  publicUrl: string | undefined;
  /** Worker threads for imports and Word exports. */
  work: WorkPool;
  /** Single-use tickets that open a sync socket without the token in its URL. */
  tickets: SyncTickets;
  metrics: Metrics;
  /** `closing` once shutdown began: readiness answers 503, new sockets are refused. */
  lifecycle: { closing: boolean };
  /** Scheduled copies of the database; `runNow()` makes one at once. */
  backups: BackupSchedule;
}
