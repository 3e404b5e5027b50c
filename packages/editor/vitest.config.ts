import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'editor', environment: 'jsdom', testTimeout: 30_000 },
});
