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
    // Firefox setups are made twice at most, each with a bounded start (launchFirefoxWith).
    hookTimeout: 400_000,
    teardownTimeout: 30_000,
  },
});
