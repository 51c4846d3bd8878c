import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers of src: the engine (src/core) runs unchanged in Node and in the background
// worker, so it imports only itself and the pure packages listed here, never DOM, browser
// or Node APIs. src/shared (messages, guards, settings, the browser wrapper) is read by
// every context, so it imports only the engine, itself and the browser polyfill. Neither
// imports anything from a context folder (background, content, popup, options…).
const SRC = join(__dirname, '../../src');
const PURE_PACKAGES = ['stopword', 'diff', 'feedsmith', 'entities'];
const LAYERS = [
  { folder: 'core', mayImport: ['core'], packages: new Set(PURE_PACKAGES) },
  {
    folder: 'shared',
    mayImport: ['core', 'shared'],
    packages: new Set([...PURE_PACKAGES, 'webextension-polyfill']),
  },
];

/** Every .ts file under `dir`, sub-folders included, relative to it. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The module specifiers a source file imports or re-exports from. */
function specifiers(source: string): string[] {
  return [
    ...source.matchAll(/^\s*(?:import|export)\s[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]!);
}

describe('src/core', () => {
  it('includes the sub-folders', () => {
    expect(tsFiles(join(SRC, 'core'))).toContain(join('feeds', 'index.ts'));
  });

  it.each(tsFiles(join(SRC, 'core')))('%s uses no DOM or browser global', (file) => {
    const source = readFileSync(join(SRC, 'core', file), 'utf8');
    expect(source).not.toMatch(/\b(window|document|chrome|browser)\./);
    expect(source).not.toMatch(/\bimport\(/);
  });
});

for (const { folder, mayImport, packages } of LAYERS) {
  describe(`src/${folder}`, () => {
    const dir = join(SRC, folder);
    it.each(tsFiles(dir))(`%s imports only from ${mayImport.join(' and ')}`, (file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const spec of specifiers(source)) {
        if (spec.startsWith('.')) {
          const path = resolve(dirname(join(dir, file)), spec);
          // The interface's message catalogues are data that any layer may read.
          if (relative(join(SRC, '..', '_locales'), path).split(/[\\/]/)[0] !== '..') continue;
          const target = relative(SRC, path);
          const top = target.split(/[\\/]/)[0]!;
          expect(mayImport, `${file} imports ${spec}`).toContain(top);
          continue;
        }
        expect(packages.has(spec), `${file} imports ${spec}`).toBe(true);
      }
    });
  });
}

describe('the lint rule', () => {
  const eslint = new ESLint({ cwd: join(__dirname, '../..') });
  const problems = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(SRC, filePath) });
    return result!.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.line);
  };

  it('fails on an import from src/shared or src/core into a context folder', async () => {
    const code = [
      "import type { Sender } from '../background/router';",
      "import { ask } from '../options/api';",
      "import { App } from '../popup/App';",
      "export * from '../content/extract';",
      "import type { Article } from '../core/types';",
      'export type T = [Sender, Article, typeof ask, typeof App];',
    ].join('\n');
    expect(await problems(code, 'shared/example.ts')).toEqual([1, 2, 3, 4]);
    const deep = [
      "import type { Sender } from '../../background/router';",
      "import { errorMessage } from '../../shared/errors';",
      "import { main } from '../../cli/main';",
      "import type { BackgroundStats } from '../background';",
      'export type T = [Sender, typeof errorMessage, typeof main, BackgroundStats];',
    ].join('\n');
    // '../background' from src/core/feeds is the engine's own background.ts.
    expect(await problems(deep, 'core/feeds/example.ts')).toEqual([1, 2, 3]);
  });
});
