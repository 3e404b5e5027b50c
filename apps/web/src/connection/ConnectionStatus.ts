/** What the status line says about the connection and the saving of changes. */
export type ConnectionStatus =
  | 'loading'
  | 'connecting'
  | 'saved'
  | 'saving'
  | 'reconnecting'
  | 'offline'
  | 'refused';
