import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    testTimeout: 20000,
  },
});
