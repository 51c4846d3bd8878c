import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(ROOT, 'src');
/** The interface's message catalogues: data every layer may read (their keys type `t()`). */
const LOCALES = resolve(ROOT, '_locales') + sep;

/**
 * The layers of src: the engine (src/core) imports only itself; src/shared imports only
 * the engine and itself. Neither ever reaches into a context folder (background, content,
 * popup, options, offscreen, feed-reader, cli), at any depth, type imports included.
 */
const LAYERS = new Map([
  ['core', new Set(['core'])],
  ['shared', new Set(['core', 'shared'])],
]);

/** The folder of src a path lies in ("core", "popup"…), or null outside src. */
function srcFolder(path) {
  const rel = relative(SRC, path);
  return rel.startsWith('..') || rel === '' ? null : rel.split(sep)[0];
}

const layers = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          upward: 'src/{{from}} may import only from {{allowed}}: "{{spec}}" is in {{target}}.',
        },
      },
      create(context) {
        const from = srcFolder(context.filename);
        const allowed = from === null ? undefined : LAYERS.get(from);
        if (!allowed) return {};
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const path = resolve(dirname(context.filename), spec);
          if (path.startsWith(LOCALES)) return;
          const target = srcFolder(path);
          if (target !== null && allowed.has(target)) return;
          context.report({
            node: node.source,
            messageId: 'upward',
            data: {
              from,
              allowed: [...allowed].map((f) => `src/${f}`).join(' and '),
              spec,
              target: target === null ? 'no folder of src' : `src/${target}`,
            },
          });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

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
    files: ['src/core/**/*.{ts,tsx}', 'src/shared/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/imports': 'error' },
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
              group: ['webextension-polyfill', 'node:*', 'jsdom', 'preact', 'idb'],
              message: 'src/core stays free of DOM, browser and Node APIs.',
            },
          ],
        },
      ],
    },
  },
);
