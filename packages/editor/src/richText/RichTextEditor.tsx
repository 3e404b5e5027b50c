import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { EditorUser } from '../common/EditorUser.ts';
import { useT } from '../i18n/useT.ts';
import { BoundEditor } from './BoundEditor.tsx';
import { useTypeAlive } from './useTypeAlive.ts';

/** Props of `RichTextEditor`. */
export interface RichTextEditorProps {
  /** The rich-text body to edit (a nested Y.XmlFragment of an entity, or the vision). */
  fragment: Y.XmlFragment;
  /** Others' carets are drawn in this editor while it has focus; none when offline. */
  awareness?: Awareness | null;
  user: EditorUser;
  /** False: read-only, no toolbar. */
  editable: boolean;
  /** Accessible name of the text area and its toolbar. */
  label: string;
  placeholder?: string;
}

/**
 * A collaborative rich-text editor bound to one Y.XmlFragment, with a small accessible toolbar, undo/redo of
 * one's own edits (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y), Ctrl+K for links and clean paste from Word. When the
 * fragment or its entity is deleted (by anyone), the editor unmounts and a notice takes its place.
 * @example <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const t = useT();
  const alive = useTypeAlive(props.fragment);
  if (!alive) {
    return (
      <p role="status" className="wb-notice">
        {t('rte.gone')}
      </p>
    );
  }
  return <BoundEditor {...props} />;
}
