/**
 * What goes into the source archive reviewers (addons.mozilla.org) rebuild the extension
 * from: every tracked file the build reads and a BUILD.md with the steps. `npm run build`
 * zips it as dist/second-source-source.zip next to the extension zips (scripts/build.ts;
 * this module does not import it, which would be a cycle through its top-level await).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ZipEntry } from './build';

/** Top-level files the build reads. */
const ROOT_FILES = ['package.json', 'package-lock.json', 'manifest.json', 'README.md'];
/** Folders the build reads, whole. */
const FOLDERS = ['src', 'scripts', 'icons', '_locales'];
/** Single files elsewhere the build reads (the privacy policy is shipped in the extension). */
const OTHER_FILES = ['docs/PRIVACY.md'];

/** Whether a path (forward slashes, relative to the project) belongs in the archive. */
export function wanted(path: string): boolean {
  if (ROOT_FILES.includes(path) || OTHER_FILES.includes(path)) return true;
  if (/^tsconfig[^/]*\.json$/.test(path)) return true;
  return FOLDERS.some((folder) => path.startsWith(`${folder}/`));
}

async function walk(root: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await walk(root, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * The project files that go into the archive, sorted: in a checkout, the files git
 * tracks plus new ones it does not ignore (so a file not yet added still builds); else
 * (an unpacked archive, a tarball) the same folders walked on disk.
 */
export async function sourceFiles(root: string): Promise<string[]> {
  let all: string[];
  try {
    const listed = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    // A file deleted but not yet committed is still listed; leave it out.
    all = listed.split('\0').filter((p) => p && existsSync(join(root, p)));
  } catch {
    const top = await readdir(root);
    all = top.filter((name) => !FOLDERS.includes(name));
    for (const folder of FOLDERS) {
      if (existsSync(join(root, folder))) all.push(...(await walk(root, folder)));
    }
  }
  return all.filter(wanted).sort();
}

/** BUILD.md: how to rebuild the submitted extension from the archive. */
export function buildInstructions(engines: string, nodeVersion: string): string {
  return `# Building Second Source from this archive

The extension's scripts are bundled and minified with esbuild. These steps rebuild
exactly the files of the submitted extension.

Requirements: Node.js ${engines} (this archive was made with Node.js ${nodeVersion}) and npm.
Any operating system; no other tools are needed.

1. Unpack this archive and open a terminal in its folder.
2. \`npm ci\` installs the exact dependency versions of package-lock.json.
3. \`npm run build\` builds both browsers.

The output lands in \`dist/\`:

- \`dist/firefox/\`: the Firefox extension, unpacked; \`dist/second-source-firefox.zip\`
  is the same files zipped (the submitted package).
- \`dist/chrome/\` and \`dist/second-source-chrome.zip\`: the same for Chrome.

To build Firefox only: \`npx tsx scripts/build.ts --browser firefox\`.
The build script is scripts/build.ts; README.md describes the project.
`;
}

/** The archive's entries, sorted by path: the project's source files and BUILD.md. */
export async function sourceEntries(root: string): Promise<ZipEntry[]> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  const entries: ZipEntry[] = [];
  for (const name of await sourceFiles(root)) {
    entries.push({ name, data: await readFile(join(root, name)) });
  }
  const instructions = buildInstructions(pkg.engines?.node ?? '20 or later', process.version);
  entries.push({ name: 'BUILD.md', data: Buffer.from(instructions, 'utf8') });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
