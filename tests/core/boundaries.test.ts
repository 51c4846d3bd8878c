import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine runs unchanged in Node and in the background worker: it may import only
// itself and the packages listed here, never DOM, browser or Node APIs.
const CORE = join(__dirname, '../../src/core');
const ALLOWED_PACKAGES = new Set(['stopword', 'diff', 'feedsmith', 'entities']);

/** Every .ts file under `dir`, sub-folders included, relative to it. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('src/core', () => {
  const files = tsFiles(CORE);

  it('includes the sub-folders', () => {
    expect(files).toContain(join('feeds', 'index.ts'));
  });

  it.each(files)('%s imports only core modules and pure packages', (file) => {
    const source = readFileSync(join(CORE, file), 'utf8');
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm),
      ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ].map((m) => m[1]!);
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        // A relative import must stay inside src/core.
        const target = resolve(dirname(join(CORE, file)), spec);
        expect(relative(CORE, target).startsWith('..'), `${file} imports ${spec}`).toBe(false);
        continue;
      }
      expect(ALLOWED_PACKAGES.has(spec), `${file} imports ${spec}`).toBe(true);
    }
    expect(source).not.toMatch(/\b(window|document|chrome|browser)\./);
    expect(source).not.toMatch(/\bimport\(/);
  });
});
