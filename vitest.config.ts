import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/dom/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 20000,
  },
});
