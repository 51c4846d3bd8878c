import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SPREAD_ARGUMENTS = {
  selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
  message: 'Spreading an array into arguments overflows the stack on large arrays: use a loop.',
};

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
    // Keys that come from text (words, outlet names, language tags) can be
    // "constructor" or "__proto__": a plain object used as a map then finds
    // Object.prototype's properties. Use a Map, a Set or a null-prototype object.
    files: ['src/core/**/*.ts', 'src/background/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "VariableDeclarator[init.type='ObjectExpression'] > Identifier > TSTypeAnnotation > TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
          message:
            'A string-keyed object literal is a map: use Map or Set (keys may be "__proto__").',
        },
        {
          selector:
            "VariableDeclarator[init.type='ObjectExpression'] > Identifier > TSTypeAnnotation > TSTypeLiteral > TSIndexSignature",
          message:
            'A string-keyed object literal is a map: use Map or Set (keys may be "__proto__").',
        },
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message: '`key in object` also finds inherited properties: use Map.has or Object.hasOwn.',
        },
        SPREAD_ARGUMENTS,
      ],
    },
  },
  {
    // An array spread into a call's arguments puts every element on the stack: with
    // a corpus of ~120,000 articles that is "Maximum call stack size exceeded".
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/background/**', 'src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        SPREAD_ARGUMENTS,
        {
          // Page- and corpus-derived text is never rendered as markup; the build also
          // removes the prop's innerHTML path from Preact (scripts/library-patches.ts).
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, not markup: dangerouslySetInnerHTML is not supported.',
        },
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
