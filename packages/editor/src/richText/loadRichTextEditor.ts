import type { BoundEditor } from './BoundEditor.tsx';

// The editor's code (Tiptap, ProseMirror's view, the editor's plugins: about 115 kB as sent) loads on demand, so
// a view renders from the light readers first and the views that only read never load it. This module and
// `RichTextEditor.tsx` stay out of the build's 'editing' chunk (apps/web/vite.config.ts); only `BoundEditor` and
// what it imports are in it. The app's entry imports this module to start the download with the view's chunk.
let loaded: typeof BoundEditor | null = null;
let loading: Promise<typeof BoundEditor> | null = null;

/** The editor if its code has arrived, so it can render at once. */
export function loadedRichTextEditor(): typeof BoundEditor | null {
  return loaded;
}

/**
 * Starts loading the editor's code unless it is loaded or loading; resolves with the editor once it is there.
 * A failed attempt (offline, or the app was updated meanwhile) is forgotten, so the next call tries again.
 */
export function loadRichTextEditor(): Promise<typeof BoundEditor> {
  loading ??= import('./BoundEditor.tsx').then(
    (module) => {
      loaded = module.BoundEditor;
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
