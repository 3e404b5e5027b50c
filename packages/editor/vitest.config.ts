import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'editor',
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    // One jsdom per worker instead of per file: building jsdom was half the suite's time. Tests share no
    // module state that matters (documents are created per test, and the DOM is cleaned after each).
    isolate: false,
    testTimeout: 30_000,
  },
});
