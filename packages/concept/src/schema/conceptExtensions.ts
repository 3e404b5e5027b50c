import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

/**
 * The Tiptap extensions that define every rich-text body of a concept. Server, browser and exporter build the
 * same schema from this list, so JSON produced on one side is valid on the other.
 * Undo/redo is left out: Yjs's UndoManager takes over in the editor.
 */
export function conceptExtensions(): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [1, 2, 3, 4] },
      link: { openOnClick: false, autolink: true },
      codeBlock: false,
      code: false,
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}
