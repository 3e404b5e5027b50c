import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Options of `EmptyPlaceholder`. */
export interface EmptyPlaceholderOptions {
  text: string;
}

/** Shows `text` in the first paragraph while the document is empty (CSS draws it from `data-placeholder`). */
export const EmptyPlaceholder = Extension.create<EmptyPlaceholderOptions>({
  name: 'emptyPlaceholder',
  addOptions: () => ({ text: '' }),
  addProseMirrorPlugins() {
    const text = this.options.text;
    return [
      new Plugin({
        key: new PluginKey('emptyPlaceholder'),
        props: {
          decorations({ doc }) {
            const first = doc.firstChild;
            if (!text || doc.childCount !== 1 || !first?.isTextblock || first.content.size > 0) return null;
            const attrs = { class: 'wb-rte__placeholder', 'data-placeholder': text };
            return DecorationSet.create(doc, [Decoration.node(0, first.nodeSize, attrs)]);
          },
        },
      }),
    ];
  },
});
