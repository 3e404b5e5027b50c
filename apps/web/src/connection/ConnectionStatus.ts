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
  | 'refused';
