import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorkerPlugin } from './serviceWorker/serviceWorkerPlugin.ts';

const WORKSPACE_SOURCE =
  /\/packages\/(concept|editor|export-docx)\/src\/.*\.tsx?$|\/node_modules\/(@tiptap\/[^/]+|prosemirror-[^/]+|zod|linkifyjs)\/.*\.[cm]?js$/;
const EDITING =
  /\/node_modules\/.*\/(@tiptap\/[^/]+|prosemirror-[^/]+|linkifyjs|fast-equals|use-sync-external-store|orderedmap|rope-sequence|w3c-keyname)\/|\/packages\/editor\/src\/(common|richText|presence)\//;
const server = process.env.WERKBANK_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
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
        codeSplitting: { groups: [{ name: 'editing', test: EDITING, priority: 1 }] },
      },
    },
  },
});
