import type { Store } from './store/Store.ts';
import type { Rooms } from './sync/Rooms.ts';

/** What route groups share: the store, the loaded concepts, the public base URL for links. */
export interface ServerContext {
  store: Store;
  rooms: Rooms;
  /** e.g. `https://werkbank.kreis-musterland.de`; when unset, links use the request's own host. */
  publicUrl: string | undefined;
}
