import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildExtension, outDir, readZip, ROOT, writeZip } from '../../scripts/build';
import {
  buildInstructions,
  sourceEntries,
  sourceFiles,
  wanted,
} from '../../scripts/source-archive';

const run = promisify(execFile);

/** Every file under `dir` as relative path → bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full.slice(dir.length + 1).replaceAll('\\', '/'), await readFile(full));
  }
  return out;
}

describe('source archive contents', () => {
  it('takes the build inputs and leaves tests, dependencies and outputs out', () => {
    for (const path of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'tsconfig.json',
      'README.md',
      'docs/PRIVACY.md',
      'src/core/text.ts',
      'scripts/build.ts',
      'icons/icon-16.png',
    ]) {
      expect(wanted(path), path).toBe(true);
    }
    for (const path of [
      'node_modules/esbuild/package.json',
      'dist/firefox/background.js',
      'artifacts/x.png',
      'tests/unit/build.test.ts',
      'docs/popup.png',
      'BENCHMARKS.md',
      'srcx/file.ts',
      'bin/second-source.js',
    ]) {
      expect(wanted(path), path).toBe(false);
    }
  });

  it('lists the files of this checkout, sorted, with the privacy policy', async () => {
    const files = await sourceFiles(ROOT);
    expect(files).toEqual([...files].sort());
    for (const path of ['package.json', 'manifest.json', 'scripts/build.ts', 'docs/PRIVACY.md']) {
      expect(files).toContain(path);
    }
    expect(files.some((f) => f.startsWith('src/background/'))).toBe(true);
    expect(files.some((f) => /^(tests|node_modules|dist)\//.test(f))).toBe(false);
  });

  it('walks the folders when there is no git checkout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ss-src-'));
    try {
      for (const path of [
        'package.json',
        'src/a.ts',
        'src/deep/b.ts',
        'icons/i.png',
        'node_modules/x/index.js',
        'dist/firefox/background.js',
        'tests/t.test.ts',
        'notes.txt',
      ]) {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), path);
      }
      expect(await sourceFiles(dir)).toEqual([
        'icons/i.png',
        'package.json',
        'src/a.ts',
        'src/deep/b.ts',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says how to build: Node version, npm ci, npm run build, where the output lands', () => {
    const text = buildInstructions('>=20', 'v22.1.0');
    expect(text).toContain('Node.js >=20');
    expect(text).toContain('v22.1.0');
    expect(text).toContain('`npm ci`');
    expect(text).toContain('`npm run build`');
    expect(text).toContain('dist/firefox/');
    expect(text).toContain('dist/second-source-firefox.zip');
  });

  it('packs the same bytes twice, with BUILD.md and each file as it is on disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ss-src-'));
    try {
      await writeZip(await sourceEntries(ROOT), join(dir, 'a.zip'));
      await writeZip(await sourceEntries(ROOT), join(dir, 'b.zip'));
      const a = await readFile(join(dir, 'a.zip'));
      expect(a.equals(await readFile(join(dir, 'b.zip')))).toBe(true);
      const entries = readZip(a);
      const names = entries.map((e) => e.name);
      expect(names).toEqual([...names].sort());
      expect(names).toContain('BUILD.md');
      const manifest = entries.find((e) => e.name === 'manifest.json');
      expect(manifest?.data.equals(await readFile(join(ROOT, 'manifest.json')))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('rebuilding from the source archive', () => {
  it('gives the Firefox extension byte for byte', { timeout: 180_000 }, async () => {
    // The project's own Firefox build, as `npm run build` makes it (without the zips).
    await buildExtension({
      browsers: ['firefox'],
      test: false,
      dev: false,
      zip: false,
      quiet: true,
    });
    const dir = await mkdtemp(join(tmpdir(), 'ss-rebuild-'));
    try {
      const archive = join(dir, 'source.zip');
      await writeZip(await sourceEntries(ROOT), archive);
      const root = join(dir, 'unpacked');
      for (const { name, data } of readZip(await readFile(archive))) {
        await mkdir(dirname(join(root, name)), { recursive: true });
        await writeFile(join(root, name), data);
      }
      // `npm ci` stands here for a link to the installed dependencies: no network.
      await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'junction');
      const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      await run(process.execPath, [tsx, 'scripts/build.ts', '--browser', 'firefox', '--no-zip'], {
        cwd: root,
      });
      const rebuilt = await tree(join(root, 'dist', 'firefox'));
      const original = await tree(outDir('firefox', false));
      expect([...rebuilt.keys()].sort()).toEqual([...original.keys()].sort());
      expect(original.has('background.js') && original.has('privacy.txt')).toBe(true);
      const differing = [...original].filter(([name, data]) => !rebuilt.get(name)?.equals(data));
      expect(differing.map(([name]) => name)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
