import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

// On Android ProseMirror reads some of the page's changes 20 ms late (after a Backspace, for one): a selection
// dispatched before that read would draw the text again without the change. Keys there come from on-screen
// keyboards, mostly as composition, which is left alone anyway.
const ANDROID = typeof navigator !== 'undefined' && /Android/i.test(navigator.userAgent);

/**
 * Lets a key act where the caret shows. Keys the editor leaves to the browser (End, Ctrl+End, Home, Page Down)
 * move the caret in the page; the editor learns of it only from the browser's `selectionchange` event, which
 * Chromium sends tens of milliseconds later, after input that came meanwhile. Enter, Backspace or Tab pressed in
 * that gap acted at the caret's old place: Ctrl+End and a quick Enter split the paragraph clicked into, not the
 * last one. Before the editor handles a key, this takes the caret from the page if it has moved since.
 */
export const KeysFollowCaret = Extension.create({
  name: 'keysFollowCaret',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('keysFollowCaret'),
        props: {
          handleDOMEvents: {
            keydown(view, event) {
              if (!event.isComposing && event.keyCode !== 229 && !ANDROID) takeCaretFromPage(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});

/**
 * Sets the editor's selection to the page's when the page's differs. A whole-text, table-cell or node selection is
 * replaced only by a caret the browser put elsewhere (Ctrl+A, then Ctrl+End: Enter must not replace the whole text).
 */
export function takeCaretFromPage(view: EditorView): void {
  const { state } = view;
  if (view.composing) return;
  const selection = (view.root as Document).getSelection?.();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode) return;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    // As ProseMirror reads the page's selection (bias 1); -1 for a place outside the document's content.
    anchor = view.posAtDOM(anchorNode, selection.anchorOffset, 1);
    head = view.posAtDOM(focusNode, selection.focusOffset, 1);
  } catch {
    return;
  }
  const current = state.selection;
  if (anchor === current.anchor && head === current.head) return;
  if (!(current instanceof TextSelection)) {
    // Only a caret, somewhere else than where this selection starts or ends (a single table cell's is collapsed).
    if (anchor !== head || anchor === current.anchor || anchor === current.head) return;
  }
  const { doc } = state;
  if (anchor < 0 || head < 0 || anchor > doc.content.size || head > doc.content.size) return;
  const moved = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
  if (moved.eq(current)) return;
  view.dispatch(state.tr.setSelection(moved));
}
