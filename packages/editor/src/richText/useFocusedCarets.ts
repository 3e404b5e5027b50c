import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { EditorUser } from '../common/EditorUser.ts';
import { caretPlugins } from './caretPlugins.ts';

/** Mounts other users' carets in `editor` while `focused` is true (and awareness is there). */
export function useFocusedCarets(
  editor: Editor | null,
  awareness: Awareness | null | undefined,
  user: EditorUser,
  focused: boolean,
): void {
  const { name, color } = user;
  useEffect(() => {
    if (!editor || !awareness || !focused || editor.isDestroyed) return;
    const plugins = caretPlugins(editor, awareness, { name, color });
    // All in one reconfiguration: each one makes ProseMirror build every plugin's view again, and the Yjs binding
    // then renders the whole text anew.
    const [first] = plugins;
    if (first) editor.registerPlugin(first, (_, current) => [...current, ...plugins]);
    return () => {
      if (!editor.isDestroyed)
        editor.unregisterPlugin(plugins.flatMap((plugin) => (plugin.spec.key ? [plugin.spec.key] : [])));
    };
  }, [editor, awareness, focused, name, color]);
}
