import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'web', environment: 'jsdom', testTimeout: 30_000, setupFiles: ['./src/test/setup.ts'] },
});
