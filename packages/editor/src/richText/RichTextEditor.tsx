import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { EditorUser } from '../common/EditorUser.ts';

/** Props of `RichTextEditor`. */
export interface RichTextEditorProps {
  /** The rich-text body to edit (a nested Y.XmlFragment of an entity, or the vision). */
  fragment: Y.XmlFragment;
  awareness?: Awareness | null;
  user: EditorUser;
  editable: boolean;
  /** Accessible name of the text area and its toolbar. */
  label: string;
  placeholder?: string;
}

/** (in progress) */
export function RichTextEditor({ fragment, label }: RichTextEditorProps) {
  return <div title={label} data-fragment={fragment.length} />;
}
