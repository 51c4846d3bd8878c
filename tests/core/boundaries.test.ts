import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine runs unchanged in Node and in the background worker: it may import only
// itself and the packages listed here, never DOM, browser or Node APIs.
const CORE = join(__dirname, '../../src/core');
const ALLOWED_PACKAGES = new Set(['stopword', 'franc-min', 'diff']);

describe('src/core', () => {
  const files = readdirSync(CORE).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports only core modules and pure packages', (file) => {
    const source = readFileSync(join(CORE, file), 'utf8');
    const specifiers = [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map(
      (m) => m[1]!,
    );
    for (const spec of specifiers) {
      if (spec.startsWith('./')) continue;
      expect(ALLOWED_PACKAGES.has(spec), `${file} imports ${spec}`).toBe(true);
    }
    expect(source).not.toMatch(/\b(window|document|chrome|browser)\./);
  });
});
