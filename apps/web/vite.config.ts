import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = process.env.WERKBANK_SERVER ?? 'http://localhost:8080';
// The editor's stylesheet sits beside its entry; resolved by package name, not by a path across packages.
const editorCss = join(dirname(fileURLToPath(import.meta.resolve('@werkbank/editor'))), 'editor.css');

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@werkbank/editor/editor.css': editorCss } },
  server: {
    proxy: {
      '/api': server,
      '/sync': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: { manifest: true, chunkSizeWarningLimit: 1200 },
});
