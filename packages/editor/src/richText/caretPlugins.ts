import { type Editor, getExtensionField } from '@tiptap/core';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Plugin } from '@tiptap/pm/state';
import type { Awareness } from 'y-protocols/awareness';
import type { EditorUser } from '../common/EditorUser.ts';

/**
 * CollaborationCaret's ProseMirror plugins for one editor, to register while it has focus and unregister
 * on blur: every caret plugin redraws on every awareness change, so only the focused editor carries one.
 */
export function caretPlugins(editor: Editor, awareness: Awareness, user: EditorUser): Plugin[] {
  // The caret extension writes `user` to awareness: keep whatever else the app put there.
  const current = (awareness.getLocalState()?.user ?? {}) as Record<string, unknown>;
  const extension = CollaborationCaret.configure({ provider: { awareness }, user: { ...current, ...user } });
  const addPlugins = getExtensionField<() => Plugin[]>(extension, 'addProseMirrorPlugins', {
    name: extension.name,
    options: extension.options,
    storage: { users: [] },
    editor,
    type: null,
  });
  return addPlugins ? addPlugins() : [];
}
