import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { conceptExtensions } from '@werkbank/concept';
import { type FocusEvent, type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { AriaReadonly } from './AriaReadonly.ts';
import { cleanWordHtml } from './cleanWordHtml.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { EmptyPlaceholder } from './EmptyPlaceholder.ts';
import { LinkForm } from './LinkForm.tsx';
import type { RichTextEditorProps } from './RichTextEditor.tsx';
import { useFocusedCarets } from './useFocusedCarets.ts';

/** The Tiptap editor bound to a live fragment (`RichTextEditor` unmounts it once the fragment is deleted). */
export function BoundEditor({
  fragment,
  awareness,
  user,
  editable,
  label,
  placeholder,
}: RichTextEditorProps) {
  const [focused, setFocused] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const extensions = useMemo(
    () => [
      ...conceptExtensions(),
      Collaboration.configure({ fragment }),
      AriaReadonly,
      EmptyPlaceholder.configure({ text: placeholder ?? '' }),
    ],
    [fragment, placeholder],
  );
  const editor = useEditor(
    {
      extensions,
      editable,
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
      <EditorContent editor={editor} />
    </div>
  );
}
