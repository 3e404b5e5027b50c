import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'concept', environment: 'node', testTimeout: 60_000 },
});
