import { readRichText } from '@werkbank/concept';
import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { EditorsDeferred } from '../common/EditorsDeferred.ts';
import type { EditorUser } from '../common/EditorUser.ts';
import { RichTextView } from '../common/RichTextView.tsx';
import { useT } from '../i18n/useT.ts';
import { loadedRichTextEditor, loadRichTextEditor } from './loadRichTextEditor.ts';
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
 * fragment or its entity is deleted (by anyone), the editor unmounts and a notice takes its place. Until the
 * editor's code has loaded (or while `EditorsDeferred` holds editors back), the text shows read-only in the same
 * frame.
 * @example <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const t = useT();
  const alive = useTypeAlive(props.fragment);
  const [BoundEditor, setBoundEditor] = useState(loadedRichTextEditor);
  const [failed, setFailed] = useState(false);
  const deferred = useContext(EditorsDeferred);
  // Someone who clicked into the text while the editor was on its way gets the caret once it is there.
  const clicked = useRef(false);
  useEffect(() => {
    if (BoundEditor || failed) return;
    let live = true;
    loadRichTextEditor().then(
      (editor) => live && setBoundEditor(() => editor),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [BoundEditor, failed]);
  if (!alive) {
    return (
      <p role="status" className="wb-notice">
        {t('rte.gone')}
      </p>
    );
  }
  if (BoundEditor && !deferred)
    return <BoundEditor {...props} focusOnMount={clicked.current && props.editable} />;
  return (
    <RichTextPreview
      {...props}
      failed={failed}
      onRetry={() => setFailed(false)}
      onClickText={() => {
        clicked.current = true;
      }}
    />
  );
}

/** The body as JSON, read again whenever it changes (others keep writing while the editor loads). */
function useBody(fragment: Y.XmlFragment) {
  const version = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) => {
      const onChange = () => {
        version.current++;
        listener();
      };
      fragment.observeDeep(onChange);
      return () => fragment.unobserveDeep(onChange);
    },
    [fragment],
  );
  const current = useSyncExternalStore(
    subscribe,
    () => version.current,
    () => version.current,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` changes exactly when the body does
  return useMemo(() => readRichText(fragment), [fragment, current]);
}

interface RichTextPreviewProps extends RichTextEditorProps {
  /** The editor's code could not be loaded (offline, or the app was updated meanwhile). */
  failed: boolean;
  onRetry: () => void;
  /** The person clicked into the text. */
  onClickText?: () => void;
}

/** The body read-only in the editor's frame, while the editor's code loads or after it failed to. */
export function RichTextPreview({
  fragment,
  editable,
  label,
  failed,
  onRetry,
  onClickText,
}: RichTextPreviewProps) {
  const t = useT();
  const body = useBody(fragment);
  return (
    <div className="wb-rte" aria-busy={!failed || undefined}>
      {editable && (
        <div className="wb-rte__toolbar wb-rte__toolbar--waiting">
          {failed ? (
            <p role="alert" className="wb-rte__load-failed">
              {t('rte.loadFailed')}{' '}
              <button type="button" onClick={onRetry}>
                {t('rte.loadRetry')}
              </button>
            </p>
          ) : (
            <span className="wb-rte__loading">{t('rte.loading')}</span>
          )}
        </div>
      )}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: only remembers the click; the text cannot take focus yet */}
      <section className="wb-rte__content" aria-label={label} onClick={onClickText}>
        {/* Links inert: a click must not leave the page (the editor does not follow them either). */}
        <RichTextView doc={body} headingOffset={0} inertLinks />
      </section>
    </div>
  );
}
