import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './precompress/precompressPlugin.ts';
import { serviceWorkerPlugin } from './serviceWorker/serviceWorkerPlugin.ts';

const WORKSPACE_SOURCE =
  /\/packages\/(concept|editor|export-docx)\/src\/.*\.tsx?$|\/node_modules\/(@tiptap\/[^/]+|prosemirror-[^/]+|zod|linkifyjs)\/.*\.[cm]?js$/;
// Only Tiptap, ProseMirror and the editor's Tiptap-bound components: the editor's small form fields and error
// texts (common/, presence/) stay out, or the start page, which uses a few of them, would load the whole editor.
const EDITING =
  /\/node_modules\/.*\/(@tiptap\/[^/]+|prosemirror-[^/]+|linkifyjs|fast-equals|use-sync-external-store|orderedmap|rope-sequence|w3c-keyname)\/|\/packages\/editor\/src\/richText\/(?!RichTextEditor\.tsx|loadRichTextEditor\.ts|useTypeAlive\.ts|isTypeAlive\.ts)/;
// The concept model and what it reads rich text with (ProseMirror's model, not the editor): every workspace view
// renders from these readers, so they must not pull the editor in. Captured before 'editing', which would
// otherwise take them along as dependencies of the editor's components. `conceptExtensions.ts` builds Tiptap's
// extensions for the editor and goes with it.
const READING =
  /\/packages\/concept\/src\/(?!schema\/conceptExtensions\.ts|index\.ts).*\.ts$|\/node_modules\/.*\/(prosemirror-model|orderedmap|zod|diff|fractional-indexing)\/|\/node_modules\/.*\/@tiptap\/pm\/dist\/model\//;
// Yjs and its providers in a chunk of their own, so code that needs only them (y-indexeddb) does not load the editor.
const SYNC = /\/node_modules\/.*\/(yjs|lib0|y-protocols|y-websocket|y-indexeddb)\//;
const SHELL = /\/node_modules\/(react|react-dom|scheduler|zustand)\/|\/packages\/editor\/src\/i18n\//;
// The workspace's modules that two or more lazily loaded chunks share, in one chunk instead of some 40 of 0.1–2 kB
// each: every one was a request and a modulepreload link (0.05–0.1 s of the first task on a slow machine). Not the
// entry's (it would load them all up front), not the editor's rich text (`editing`) nor its messages (`shell`);
// `RichTextEditor` (the frame that loads the editor) goes in with the fields that use it, or the two chunks would
// import each other.
const COMMON =
  /(\/packages\/editor\/src\/(?!i18n\/|richText\/(?!RichTextEditor\.tsx|useTypeAlive\.ts|isTypeAlive\.ts)|index\.ts)|\/apps\/web\/src\/(workspace|views|nav|revision|versions|presence|activity|process|document|share|export|trash)\/).*\.tsx?$/;
const ENTRY =
  /\/apps\/web\/src\/(workspace\/(loadConceptPage\.ts|ConceptLoading\.tsx)|views\/(viewLoaders|prefetchView)\.ts)$/;
const server = process.env.WERKBANK_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(), precompressPlugin()],
  server: {
    proxy: {
      '/api': server,
      '/sync': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: {
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Our packages' modules only declare things (their package.json does not say so yet): declaring them
      // side-effect free lets the editor's views move into the lazily loaded view chunks.
      treeshake: { moduleSideEffects: (id: string) => !WORKSPACE_SOURCE.test(id) },
      output: {
        // What every editing view needs in one chunk rather than a handful of tiny ones (less gzip overhead).
        // React and the messages every page needs in a chunk of their own: otherwise they land in 'editing'
        // (its modules import them) and every page, the workshop page on participants' phones too, loads the
        // editor with them.
        codeSplitting: {
          groups: [
            { name: 'shell', test: SHELL, priority: 4 },
            { name: 'sync', test: SYNC, priority: 3 },
            { name: 'reading', test: READING, priority: 2 },
            // Only what the test names: the editor's components import small shared controls (icons, roving
            // focus) that every view uses, and taking them along would make every view load the editor.
            { name: 'editing', test: EDITING, priority: 1, includeDependenciesRecursively: false },
            {
              name: 'common',
              test: (id: string) => COMMON.test(id) && !ENTRY.test(id),
              minShareCount: 2,
              priority: 0,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
