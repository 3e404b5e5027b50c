import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** Props of `ActorsEditor`. */
export interface ActorsEditorProps {
  doc: Y.Doc;
  editable: boolean;
  awareness?: Awareness | null;
}

/** (in progress) */
export function ActorsEditor({ editable }: ActorsEditorProps) {
  return <section data-editable={editable} />;
}
