/**
 * Build-time edits of two bundled libraries, each removing a code path that assigns
 * markup to `innerHTML` (what `web-ext lint` reports as UNSAFE_VAR_ASSIGNMENT). Neither
 * path is one the extension needs as written:
 *
 * - Preact renders `dangerouslySetInnerHTML` with `innerHTML`. Second Source never renders
 *   markup (an ESLint rule forbids the prop in src/), so the assignment is replaced by an
 *   error: a component that tried would fail loudly instead of parsing HTML.
 * - Mozilla Readability keeps a copy of the page as an HTML string and assigns it back
 *   before each new attempt, and parses the contents of `<noscript>` with `innerHTML` to
 *   find lazy-loaded images. The copy becomes a clone of the nodes (the same page, without
 *   a serialise-and-parse round trip), and the `<noscript>` contents are parsed by
 *   `DOMParser` into an inert document of their own, from which the nodes are moved over.
 *
 * Each edit names the exact text it replaces in the exact version installed
 * (package-lock.json pins it); when the version or the text differs, the build stops and
 * says so, so that an upgrade is looked at again rather than silently left unpatched.
 * Only the browser bundles are edited; the CLI runs the libraries as installed.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** One exact replacement in one library file. */
export interface LibraryPatch {
  /** npm package name. */
  pkg: string;
  /** The version the replacement was written for. */
  version: string;
  /** Path of the file inside the package. */
  file: string;
  /** Exact text that must occur once in the file. */
  find: string;
  replace: string;
}

export const LIBRARY_PATCHES: readonly LibraryPatch[] = [
  {
    pkg: 'preact',
    version: '10.29.8',
    file: 'dist/preact.module.js',
    find: '(u.innerHTML=h.__html)',
    replace:
      '(()=>{throw new TypeError("dangerouslySetInnerHTML is not supported: render text, not markup")})()',
  },
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCache = page.cloneNode(true);',
  },
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    find: 'page.innerHTML = pageCacheHtml;',
    replace:
      'page.replaceChildren(); var pageCopy = pageCache.cloneNode(true); ' +
      'while (pageCopy.firstChild) page.appendChild(pageCopy.firstChild);',
  },
  {
    pkg: '@mozilla/readability',
    version: '0.6.0',
    file: 'Readability.js',
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace:
      'var parsed = new DOMParser().parseFromString(noscript.innerHTML, "text/html").body; ' +
      'while (parsed.firstChild) tmp.appendChild(parsed.firstChild);',
  },
];

/** Thrown when a library no longer matches its patch. */
export class LibraryPatchError extends Error {}

/** `source` (the text of `patch.pkg`'s `patch.file`) with every patch of that file applied. */
export function applyPatches(
  source: string,
  patches: readonly LibraryPatch[],
  installedVersion: string,
): string {
  let out = source;
  for (const p of patches) {
    if (installedVersion !== p.version) {
      throw new LibraryPatchError(
        `${p.pkg} is ${installedVersion}, but scripts/library-patches.ts was written for ${p.version}: check that its edits still apply and are still needed`,
      );
    }
    const at = out.indexOf(p.find);
    if (at < 0 || out.indexOf(p.find, at + 1) >= 0) {
      throw new LibraryPatchError(
        `${p.pkg}/${p.file}: expected the text ${JSON.stringify(p.find)} exactly once`,
      );
    }
    out = out.slice(0, at) + p.replace + out.slice(at + p.find.length);
  }
  return out;
}

/**
 * The esbuild plugin that applies `LIBRARY_PATCHES` to the files it loads. Files are
 * recognised by their path inside node_modules, wherever that folder is (a link to it
 * included, as esbuild loads the real path).
 */
export function libraryPatches(): Plugin {
  const byFile = new Map<string, { pkg: string; file: string; patches: LibraryPatch[] }>();
  for (const p of LIBRARY_PATCHES) {
    const key = `/node_modules/${p.pkg}/${p.file}`;
    const entry = byFile.get(key) ?? { pkg: p.pkg, file: p.file, patches: [] };
    entry.patches.push(p);
    byFile.set(key, entry);
  }
  return {
    name: 'library-patches',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]/ }, async (args) => {
        const path = args.path.split('\\').join('/');
        const at = path.lastIndexOf('/node_modules/');
        const entry = at >= 0 ? byFile.get(path.slice(at)) : undefined;
        if (!entry) return undefined;
        const dir = path.slice(0, path.length - entry.file.length);
        const manifest = JSON.parse(await readFile(`${dir}package.json`, 'utf8')) as {
          version: string;
        };
        const source = await readFile(args.path, 'utf8');
        return { contents: applyPatches(source, entry.patches, manifest.version), loader: 'js' };
      });
    },
  };
}
