import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { conceptExtensions } from '@werkbank/concept/extensions';
import { type FocusEvent, type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import { AriaReadonly } from './AriaReadonly.ts';
import { cleanWordHtml } from './cleanWordHtml.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { EmptyPlaceholder } from './EmptyPlaceholder.ts';
import { KeysFollowCaret } from './KeysFollowCaret.ts';
import { LinkForm } from './LinkForm.tsx';
import { PasteLimit } from './PasteLimit.ts';
import type { RichTextEditorProps } from './RichTextEditor.tsx';
import { SyncedNoAutolink } from './SyncedNoAutolink.ts';
import { TypedListPaste } from './TypedListPaste.ts';
import { useFocusedCarets } from './useFocusedCarets.ts';

/** Stays below the 2 MiB the server accepts in one message, see PasteLimit. */
const MAX_PASTE_SIZE = 500_000;

/** The Tiptap editor bound to a live fragment (`RichTextEditor` unmounts it once the fragment is deleted). */
export function BoundEditor({
  fragment,
  awareness,
  user,
  editable,
  label,
  placeholder,
  focusOnMount = false,
}: RichTextEditorProps & {
  /** Take the caret at once (the person clicked into the text while the editor's code was loading). */
  focusOnMount?: boolean;
}) {
  const [focused, setFocused] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [refusedSize, setRefusedSize] = useState<number | null>(null);
  const t = useT();
  const locale = useLocale();
  const extensions = useMemo(
    () => [
      ...conceptExtensions(),
      Collaboration.configure({ fragment }),
      SyncedNoAutolink,
      AriaReadonly,
      KeysFollowCaret,
      EmptyPlaceholder.configure({ text: placeholder ?? '' }),
      PasteLimit.configure({ maxSize: MAX_PASTE_SIZE, onRefuse: setRefusedSize }),
      TypedListPaste,
    ],
    [fragment, placeholder],
  );
  const editor = useEditor(
    {
      extensions,
      editable,
      autofocus: focusOnMount ? 'end' : false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          ...(placeholder ? { 'aria-placeholder': placeholder } : {}),
          class: 'wb-rte__content',
        },
        transformPastedHTML: cleanWordHtml,
      },
    },
    [fragment, label, placeholder],
  );
  // Safe while no view is mounted (the editor of this render may already be replaced or destroyed): it only
  // sets the option, which a view reads when it mounts.
  useEffect(() => {
    if (editor.options.editable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);
  useFocusedCarets(editor, awareness, user, focused && editable);

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
  }
  function onKeyDown(event: KeyboardEvent) {
    if (editable && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      setLinkOpen(true);
    }
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: tracks focus within and the Ctrl+K shortcut for its children
    <div
      className="wb-rte"
      data-focused={focused || undefined}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      {editable && (
        <EditorToolbar editor={editor} label={label} onLink={() => setLinkOpen((open) => !open)} />
      )}
      {editable && linkOpen && (
        <LinkForm
          editor={editor}
          initialHref={String(editor.getAttributes('link').href ?? '')}
          onDone={() => setLinkOpen(false)}
        />
      )}
      {refusedSize !== null && (
        <p role="alert" className="wb-notice wb-rte__refused">
          {t('rte.pasteTooLarge', {
            size: (Math.round(refusedSize / 1000) * 1000).toLocaleString(locale),
            max: MAX_PASTE_SIZE.toLocaleString(locale),
          })}{' '}
          <button type="button" onClick={() => setRefusedSize(null)}>
            {t('rte.pasteTooLargeDismiss')}
          </button>
        </p>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
