/** What the status line says about the connection and the saving of changes. */
export type ConnectionStatus =
  | 'loading'
  | 'connecting'
  | 'saved'
  | 'saving'
  | 'reconnecting'
  | 'offline'
  /** Not connected, and an edit is not yet committed to IndexedDB on this device. */
  | 'storing'
  /** Not connected, and a write to IndexedDB failed: keep the page open until the server has the edits. */
  | 'unstored'
  /** The link no longer opens the concept (4401, 4403, 4404). */
  | 'refused'
  /** The server refused one message as too large (4414; 1009 from older servers): edits stay on this device. */
  | 'tooLarge'
  /** The concept reached the server's size limit (4413): edits stay on this device. */
  | 'conceptFull'
  /** The server takes no more sockets of this concept, link or address (1013 with a cap's reason): edits stay here. */
  | 'crowded'
  /** The concept has a newer schema than this app (4426, or seen in the document): read-only until reloaded. */
  | 'outdated'
  /** The server could not take what this app sent (4400 and other final codes): reloading may help. */
  | 'rejected';
