import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests on the built extension in real browsers. One file at a time (each
 * starts a browser; the machines are small), with generous timeouts. The global setup
 * builds the test variant of the extension into dist/test/ first.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
