// Keeps an esbuild bundle of the command line's TypeScript sources in a cache folder, with
// the size and time of every file it was built from, and builds it again when one of them
// changed. Used by bin/second-source.js.
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

/** Changes whenever the way the bundle is built changes, so older bundles are rebuilt. */
const RECIPE = 1;

/** Size and modification time of a file, or null when it is gone. */
function stamp(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/**
 * The bundle's entry when the manifest in `cache` says it was built from the sources
 * under `root` as they are now, else null.
 */
export function freshBundle({ root, cache }) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  if (manifest?.recipe !== RECIPE || typeof manifest.dir !== 'string') return null;
  for (const [file, was] of Object.entries(manifest.inputs ?? {})) {
    if (stamp(join(root, file)) !== was) return null;
  }
  const entry = join(cache, manifest.dir, 'main.mjs');
  return stamp(entry) ? entry : null;
}

/**
 * Bundles `entry` (a module under `root`; packages stay outside, loaded from node_modules as usual; lazily
 * imported commands become chunks of their own) into a new folder, then points the
 * manifest at it. `import.meta.url` in the sources means the place of `entry` (the CLI's
 * sources all live in its folder, src/cli), so files found next to them (the demo pack,
 * the lexicon) are found from the bundle too. Returns the bundle's entry.
 */
export async function buildBundle({ root, entry, cache }) {
  const esbuild = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const dirName = `b${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(cache, dirName);
  const before = new Map();
  const result = await esbuild.build({
    entryPoints: { main: entry },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    splitting: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    absWorkingDir: root,
    metafile: true,
    logLevel: 'silent',
    define: { 'import.meta.url': '__secondSourceCliUrl' },
    banner: {
      js: `const __secondSourceCliUrl = new URL(${JSON.stringify(relative(outdir, entry))}, import.meta.url).href;`,
    },
    plugins: [
      {
        // The stamp of each source as it was read, so an edit during the build counts.
        name: 'stamps',
        setup(build) {
          build.onLoad({ filter: /.*/ }, (args) => {
            before.set(args.path, stamp(args.path));
            return undefined;
          });
        },
      },
    ],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const path = join(root, file);
    inputs[file] = before.get(path) ?? stamp(path);
  }
  const manifest = join(cache, 'manifest.json');
  const tmp = `${manifest}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ recipe: RECIPE, dir: dirName, inputs }));
  renameSync(tmp, manifest);
  // Older bundles go an hour after they were built: a long run (a pack built from feeds)
  // may still load a lazily imported chunk of the bundle it started from.
  for (const old of readdirSync(cache)) {
    const path = join(cache, old);
    if (old === dirName || !old.startsWith('b')) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true });
    } catch {
      // Another run removed it first.
    }
  }
  return join(outdir, 'main.mjs');
}

/**
 * The entry of an up-to-date bundle of `entry`, built now when there is none, or null
 * when it cannot be built (no esbuild, a cache that cannot be written, a source that
 * does not compile: the caller then runs the sources another way).
 */
export async function bundledEntry(where) {
  const fresh = freshBundle(where);
  if (fresh) return fresh;
  try {
    return await buildBundle(where);
  } catch {
    return null;
  }
}
