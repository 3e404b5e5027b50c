import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'templates', environment: 'node', testTimeout: 60_000 },
});
