import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Sets `aria-readonly` on the text box from the editor's `editable` option. ProseMirror writes it with
 * `contenteditable`, so it holds from the moment a view is mounted and follows `setEditable`; nothing has to
 * touch `editor.view`, which Tiptap 3 refuses to hand out while no view is mounted.
 */
export const AriaReadonly = Extension.create({
  name: 'ariaReadonly',
  addProseMirrorPlugins() {
    const { editor } = this;
    return [
      new Plugin({
        key: new PluginKey('ariaReadonly'),
        props: { attributes: () => ({ 'aria-readonly': String(!editor.options.editable) }) },
      }),
    ];
  },
});
