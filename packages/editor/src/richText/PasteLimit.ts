import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Options of `PasteLimit`. */
export interface PasteLimitOptions {
  /** Largest paste or drop, in ProseMirror positions (about one per character). */
  maxSize: number;
  /** Called with the size of a refused paste or drop. */
  onRefuse: (size: number) => void;
}

/**
 * Refuses a paste or drop larger than `maxSize` before it reaches the document. The server closes a socket
 * whose message is over 2 MiB, and the edit would then keep everything written after it from being saved;
 * 500 000 positions stay below that even for text of three UTF-8 bytes a character.
 */
export const PasteLimit = Extension.create<PasteLimitOptions>({
  name: 'pasteLimit',
  priority: 1000,
  addOptions: () => ({ maxSize: 500_000, onRefuse: () => {} }),
  addProseMirrorPlugins() {
    const { maxSize, onRefuse } = this.options;
    function refused(size: number): boolean {
      if (size <= maxSize) return false;
      onRefuse(size);
      return true;
    }
    return [
      new Plugin({
        key: new PluginKey('pasteLimit'),
        props: {
          handleDOMEvents: {
            // Checks the clipboard's text before ProseMirror parses megabytes of it into a slice.
            paste(_view, event) {
              if (!refused(event.clipboardData?.getData('text/plain').length ?? 0)) return false;
              event.preventDefault();
              return true;
            },
          },
          handlePaste: (_view, _event, slice) => refused(slice.content.size),
          handleDrop: (_view, _event, slice) => refused(slice.content.size),
        },
      }),
    ];
  },
});
