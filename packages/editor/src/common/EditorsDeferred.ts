import { createContext } from 'react';

/**
 * True while rich-text editors should wait: they show their text read-only in the editor's frame (as while the
 * editor's code loads) and mount once it turns false. The workspace holds them back for the render that first
 * shows a concept, so the navigation and the view appear without waiting for Tiptap to build its editor and
 * ProseMirror its view (0.2–0.3 s for a chapter of 300 measures' concept), which then follow in a task of their own.
 */
export const EditorsDeferred = createContext(false);
