import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledEntry, freshBundle } from '../../bin/cli-bundle.js';

/** A small stand-in for the CLI's sources: an entry, a module it imports, a data file. */
function sources(): { root: string; entry: string; cache: string; write: (w: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'second-source-bundle-'));
  mkdirSync(join(root, 'src/cli'), { recursive: true });
  mkdirSync(join(root, 'src/corpus'), { recursive: true });
  writeFileSync(join(root, 'src/corpus/data.txt'), 'data:');
  const entry = join(root, 'src/cli/main.ts');
  writeFileSync(
    entry,
    [
      "import { readFileSync } from 'node:fs';",
      "import { fileURLToPath } from 'node:url';",
      "import { word } from './word';",
      'export async function main(): Promise<string> {',
      "  return readFileSync(fileURLToPath(new URL('../corpus/data.txt', import.meta.url)), 'utf8') + word;",
      '}',
    ].join('\n'),
  );
  const write = (w: string) =>
    writeFileSync(join(root, 'src/cli/word.ts'), `export const word: string = ${w};\n`);
  write("'one'");
  return { root, entry, cache: join(root, 'node_modules/.cache/cli'), write };
}

async function run(path: string): Promise<string> {
  const mod = (await import(`${pathToFileURL(path).href}?t=${Date.now()}`)) as {
    main: () => Promise<string>;
  };
  return mod.main();
}

describe('the command line bundle', () => {
  it('is built once, finds files next to the sources, and is rebuilt when one changes', async () => {
    const where = sources();
    expect(freshBundle(where)).toBeNull();
    const first = await bundledEntry(where);
    expect(first).not.toBeNull();
    expect(first!.startsWith(where.cache)).toBe(true);
    // import.meta.url still means the source's place: ../corpus is found from the bundle.
    expect(await run(first!)).toBe('data:one');
    expect(freshBundle(where)).toBe(first);
    expect(await bundledEntry(where)).toBe(first);
    where.write("'three'");
    expect(freshBundle(where)).toBeNull();
    const second = await bundledEntry(where);
    expect(second).not.toBe(first);
    expect(await run(second!)).toBe('data:three');
  });

  it('gives no bundle for sources that do not compile, so the caller runs them otherwise', async () => {
    const where = sources();
    where.write("'one' +");
    expect(await bundledEntry(where)).toBeNull();
  });
});
