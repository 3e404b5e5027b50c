import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

/**
 * The Tiptap extensions that define every rich-text body of a concept, for the editor (imported as
 * `@werkbank/concept/extensions`, not from the package's index, so nothing else loads Tiptap: readers, the server and
 * the exporter check bodies against `conceptSchema()`, which a test holds equal to the schema built from this list).
 * Undo/redo is left out: Yjs's UndoManager takes over in the editor. So is the trailing node (an empty paragraph
 * Tiptap appends after a closing list or table): it wrote into the document as soon as a body ending in one was
 * opened, so merely reading such a chapter stored an edit (seen in Chromium: the status went to "storing" with
 * nothing typed). It adds no node type: the schema is the same without it. Text after a closing list is written
 * as in a word processor, by Enter on an empty list item; after a closing table, by the arrow keys' gap cursor.
 */
export function conceptExtensions(): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      heading: { levels: [1, 2, 3, 4] },
      link: { openOnClick: false, autolink: true },
      codeBlock: false,
      code: false,
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}
