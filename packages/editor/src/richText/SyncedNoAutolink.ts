import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * Keeps Tiptap's autolink to what is typed here: a transaction that brings the shared text into the editor (the
 * body as it opens, another person's typing, Yjs's undo) gets the `preventAutolink` meta the link extension heeds.
 * Otherwise opening a body ran linkify over its whole text in the task that builds the editor (0.1 s for a chapter
 * of the 300-measure sample, with linkify's first setup), and every open editor turned the URLs someone else typed
 * into links of its own, as edits of its own.
 */
export const SyncedNoAutolink = Extension.create({
  name: 'syncedNoAutolink',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('syncedNoAutolink'),
        filterTransaction(transaction) {
          if (transaction.getMeta(ySyncPluginKey) !== undefined) transaction.setMeta('preventAutolink', true);
          return true;
        },
      }),
    ];
  },
});
