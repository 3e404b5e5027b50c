import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { EditorUser } from './EditorUser.ts';

/** What every view bound to a concept takes. */
export interface ViewProps {
  doc: Y.Doc;
  /** False shows the view read-only (viewers, adopted versions). */
  editable: boolean;
  /** Awareness of the connection, for carets in the focused editor and presence dots; none when offline. */
  awareness?: Awareness | null;
  user: EditorUser;
}
