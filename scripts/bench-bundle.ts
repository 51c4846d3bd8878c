/**
 * Sizes of the built extension scripts in dist/chrome: bytes as built, bytes after
 * minification (esbuild, in case a development build is measured) and gzipped bytes of
 * the minified code (what a store download and the disk cache roughly hold).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

/** Budgets in bytes for the minified scripts, by file name (KB = 1,000 bytes). */
export const BUNDLE_BUDGETS: Record<string, number> = {
  // The worker's script is parsed on every start of the worker, which is stopped when idle.
  'background.js': 250_000,
  'content.js': 80_000,
  'popup.js': 40_000,
};

export interface BundleFile {
  file: string;
  bytes: number;
  minified: number;
  gzipped: number;
  budget: number | null;
}

function listJs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listJs(p));
    else if (/\.(m?js)$/.test(name)) out.push(p);
  }
  return out;
}

/** Every script under `distDir`, largest first; null when the folder does not exist. */
export function bundleSizes(distDir: string): BundleFile[] | null {
  if (!existsSync(distDir)) return null;
  return listJs(distDir)
    .map((path) => {
      const code = readFileSync(path, 'utf8');
      const min = transformSync(code, { minify: true, loader: 'js', legalComments: 'none' }).code;
      // Keep whichever is smaller: a build may already be minified more tightly.
      const best = Buffer.byteLength(min) < Buffer.byteLength(code) ? min : code;
      const file = relative(distDir, path);
      return {
        file,
        bytes: Buffer.byteLength(code),
        minified: Buffer.byteLength(best),
        gzipped: gzipSync(best, { level: 9 }).byteLength,
        budget: BUNDLE_BUDGETS[file] ?? null,
      };
    })
    .sort((a, b) => b.minified - a.minified);
}
