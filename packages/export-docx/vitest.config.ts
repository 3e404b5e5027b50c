import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'export-docx', environment: 'node', testTimeout: 60_000 },
});
