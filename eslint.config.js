import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', 'scripts/**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine is pure: it runs in Node and in the background worker alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../shared/*',
                '../background/*',
                '../content/*',
                '../popup/*',
                '../options/*',
                '../cli/*',
              ],
              message: 'src/core imports nothing from the other folders.',
            },
            {
              group: ['webextension-polyfill', 'node:*', 'jsdom', 'preact', 'idb'],
              message: 'src/core stays free of DOM, browser and Node APIs.',
            },
          ],
        },
      ],
    },
  },
);
