import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** Props of `FieldsOfActionEditor`. */
export interface FieldsOfActionEditorProps {
  doc: Y.Doc;
  editable: boolean;
  awareness?: Awareness | null;
}

/** (in progress) */
export function FieldsOfActionEditor({ editable }: FieldsOfActionEditorProps) {
  return <section data-editable={editable} />;
}
