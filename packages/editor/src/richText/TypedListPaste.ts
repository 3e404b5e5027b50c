import { Extension } from '@tiptap/core';
import { DOMParser, type Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { typedListsFromText } from './typedListsFromText.ts';

/**
 * Pastes plain text whose lines start with typed bullets or numbers (`· Eins`, `o\tZwei`, `1.\tDrei`) as
 * real bullet and numbered lists instead of paragraphs that show the typed glyph, which the Word export
 * would print next to a second, real bullet. HTML pastes are handled by `cleanWordHtml`.
 */
export const TypedListPaste = Extension.create({
  name: 'typedListPaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typedListPaste'),
        props: {
          clipboardTextParser(text, $context, _plain, view) {
            const dom = typedListsFromText(text, view.dom.ownerDocument);
            // ProseMirror's own text parser takes over when this returns nothing (its type says Slice).
            if (!dom) return null as unknown as Slice;
            return DOMParser.fromSchema(view.state.schema).parseSlice(dom, {
              preserveWhitespace: true,
              context: $context,
            });
          },
        },
      }),
    ];
  },
});
