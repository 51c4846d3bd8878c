/**
 * Builds the extension for Chrome and Firefox.
 *
 *   npx tsx scripts/build.ts [--browser chrome|firefox] [--test] [--dev] [--no-zip]
 *     [--corpus PACK.jsonl]
 *
 * Release build (default): minified bundles in dist/chrome and dist/firefox, zips
 * dist/second-source-chrome.zip and dist/second-source-firefox.zip, and the source
 * archive dist/second-source-source.zip that reviewers rebuild them from
 * (scripts/source-archive.ts says what it holds).
 *
 * Test build (`--test`): the same into dist/test/<browser>, with `__TEST__` true (the
 * `test/…` messages of the background), a host permission for http://127.0.0.1/ (standing
 * in for the page access a click on the toolbar button grants, which a test cannot
 * perform) and a content script on those pages that relays `window.postMessage`
 * requests from the test to the background (tests/e2e/bridge/test-bridge.ts). Nothing of
 * this reaches release builds. The end-to-end tests and `npm start` use it.
 *
 * esbuild does not typecheck: run `npx tsc --noEmit -p .` as well.
 */
import { build, type BuildOptions } from 'esbuild';
import { minify } from 'terser';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { libraryPatches } from './library-patches';
import { wordLists } from './word-lists';
import { withNameTables, withNewsNames, type BackgroundFile } from '../src/core/background';
import { compileLexicon, packLexicon } from '../src/core/lexicon-compile';
import { sourceEntries } from './source-archive';

export type BrowserName = 'chrome' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chrome', 'firefox'];

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Largest popup bundle accepted, in bytes of minified JavaScript. */
export const POPUP_BUDGET_BYTES = 40 * 1024;

export interface BuildConfig {
  browsers: readonly BrowserName[];
  /** Test build: see the header comment. */
  test: boolean;
  /** Unminified with inline source maps and `__DEV__` true. */
  dev: boolean;
  zip: boolean;
  /** The pack compiled into corpus/demo.ssidx (default: src/corpus/demo.jsonl). */
  corpusPack?: string;
  quiet?: boolean;
}

/** Output folder of one browser's unpacked extension. */
export function outDir(browser: BrowserName, test: boolean): string {
  return test ? join(ROOT, 'dist', 'test', browser) : join(ROOT, 'dist', browser);
}

type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  permissions?: string[];
};

/** The base manifest adapted to one browser (and to test builds). */
export function patchManifest(base: Manifest, browser: BrowserName, test: boolean): Manifest {
  const m: Manifest = structuredClone(base);
  if (browser === 'chrome') {
    // Chrome runs the background as a module service worker and does not know the
    // gecko settings (it warns about unknown keys).
    m.background = { service_worker: 'background.js', type: 'module' };
    delete m.browser_specific_settings;
  } else {
    // Firefox runs background scripts in an event page; the bundle is a classic script.
    m.background = { scripts: ['background.js'] };
    // The event page has a DOM of its own for reading feed articles' pages; Chrome's
    // service worker borrows one from an offscreen document, which Firefox does not know.
    m.permissions = (m.permissions ?? []).filter((p) => p !== 'offscreen');
  }
  if (test) {
    m.name = `${String(m.name)} (test build)`;
    // 127.0.0.1, and *.test names the Chromium tests map to it (--host-resolver-rules), so
    // that two test outlets can be two sites.
    m.host_permissions = ['http://127.0.0.1/*', 'http://*.test/*'];
    m.content_scripts = [
      {
        matches: ['http://127.0.0.1/*', 'http://*.test/*'],
        js: ['test-bridge.js'],
        run_at: 'document_start',
      },
    ];
  }
  return m;
}

async function bundle(cfg: BuildConfig, browser: BrowserName, dir: string): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    minify: !cfg.dev,
    sourcemap: cfg.dev ? 'inline' : false,
    target: browser === 'chrome' ? ['chrome120'] : ['firefox140'],
    // Both browsers have read `\p{…}` in patterns for years (Chrome since 64, Firefox since
    // 78), but for a browser target esbuild writes each such literal as `new RegExp("…")`,
    // longer, and built again on every call where the literal sits in a function.
    supported: { 'regexp-unicode-property-escapes': true },
    define: {
      __DEV__: String(cfg.dev || cfg.test),
      __BROWSER__: JSON.stringify(browser),
      __TEST__: String(cfg.test),
    },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    // Word lists and patterns in many scripts stay UTF-8 (browsers read extension scripts
    // as UTF-8) instead of \u escapes, which cost up to three times the bytes.
    charset: 'utf8',
    logLevel: 'warning',
    // Browser bundles never load Node modules; fail loudly if one sneaks in.
    platform: 'browser',
    absWorkingDir: ROOT,
    // Library code paths that write markup through innerHTML, removed (see the file);
    // the engine's word lists shipped compactly (see the file).
    plugins: [libraryPatches(), wordLists()],
  };
  const jobs: BuildOptions[] = [
    {
      ...common,
      entryPoints: { background: 'src/background/index.ts' },
      format: browser === 'chrome' ? 'esm' : 'iife',
      // Its message listener answers through sendResponse (background/router.ts) and every
      // other call it makes returns a promise in both browsers under Manifest V3, so the
      // browser's own API serves it, as it serves the popup and the content script.
      alias: { 'webextension-polyfill': './src/shared/native-browser.ts' },
      // Test builds note when the worker's script starts running, for the click benchmark's
      // breakdown of a cold start (background/steps.ts).
      ...(cfg.test
        ? { banner: { js: 'globalThis.__secondSourceScriptAt=performance.now();' } }
        : {}),
    },
    {
      ...common,
      entryPoints: { content: 'src/content/index.ts' },
      format: 'iife',
      // Its one message listener answers through sendResponse (see content/main.ts), so
      // the browser's own promise API serves it, as it serves the popup.
      alias: { 'webextension-polyfill': './src/shared/native-browser.ts' },
      // Readability's internal fields and methods are all named with a leading underscore
      // (no page, message or stored value is): short names for them save about 4 KB of
      // the script injected into every checked page. Our own sources use no such names.
      mangleProps: /^_[a-z]/,
    },
    {
      ...common,
      entryPoints: { popup: 'src/popup/index.tsx' },
      format: 'esm',
      // The popup listens to no message, so the browser's own promise API serves it.
      alias: { 'webextension-polyfill': './src/shared/native-browser.ts' },
    },
    {
      ...common,
      // The popup's first script: it asks for the analysis before popup.js has loaded.
      entryPoints: { 'popup-start': 'src/popup/start.ts' },
      format: 'iife',
    },
  ];
  // The engine's quotation finder, injected into a page on a worker's first analysis
  // (background/page-quotes.ts).
  jobs.push({
    ...common,
    entryPoints: { 'page-quotes': 'src/page-quotes/index.ts' },
    format: 'iife',
  });
  if (existsSync(join(ROOT, 'src/options/index.tsx'))) {
    jobs.push({ ...common, entryPoints: { options: 'src/options/index.tsx' }, format: 'esm' });
  }
  // The feed reader stays out of background.js: Chrome runs it in an offscreen document,
  // Firefox's event page loads it on the first feed read (background/feeds/reader.ts).
  if (browser === 'chrome') {
    jobs.push({ ...common, entryPoints: { offscreen: 'src/offscreen/index.ts' }, format: 'esm' });
  } else {
    jobs.push({
      ...common,
      entryPoints: { 'feed-reader': 'src/feed-reader/index.ts' },
      format: 'iife',
    });
  }
  if (cfg.test) {
    jobs.push({
      ...common,
      entryPoints: { 'test-bridge': 'tests/e2e/bridge/test-bridge.ts' },
      format: 'iife',
    });
  }
  await Promise.all(jobs.map((job) => build({ ...job, outdir: dir })));
  if (!cfg.dev) await Promise.all(SQUEEZED.map((name) => squeeze(join(dir, name), browser)));
}

/**
 * The two scripts with a size budget at every start: the worker, parsed whenever the
 * browser starts it again, and the content script, injected into every checked page.
 * Terser's second pass after esbuild's minifier removes what esbuild keeps (repeated
 * property reads, unused assignments, longer forms of the same expressions): about 1.5%
 * of each. The other scripts load once per page of the extension and stay as esbuild
 * writes them.
 */
const SQUEEZED = ['background.js', 'content.js'];

async function squeeze(file: string, browser: BrowserName): Promise<void> {
  const code = await readFile(file, 'utf8');
  const out = await minify(code, {
    ecma: 2020,
    // The Chrome worker is a module; Firefox's background page runs a script.
    module: browser === 'chrome' && file.endsWith('background.js'),
    compress: { passes: 2 },
    mangle: true,
    // UTF-8 word lists and patterns stay as they are (see `charset` above).
    format: { ascii_only: false, comments: false },
  });
  if (out.code === undefined) throw new Error(`terser wrote nothing for ${file}`);
  await writeFile(file, out.code);
}

async function copyStatic(cfg: BuildConfig, browser: BrowserName, dir: string): Promise<void> {
  const base = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify(patchManifest(base, browser, cfg.test), null, 2),
  );
  await mkdir(join(dir, 'icons'), { recursive: true });
  for (const name of await readdir(join(ROOT, 'icons'))) {
    if (name.endsWith('.png')) await copyFile(join(ROOT, 'icons', name), join(dir, 'icons', name));
  }
  // The interface's words in every language (manifest.json names "en" as the fallback).
  await copyLocales(dir);
  // Both pages set their title in the reader's language when they start.
  await writeFile(join(dir, 'popup.html'), interfacePage('Second Source', 'popup'));
  await writeFile(join(dir, 'options.html'), interfacePage('Second Source settings', 'options'));
  if (browser === 'chrome') {
    await copyFile(join(ROOT, 'src/offscreen/index.html'), join(dir, 'offscreen.html'));
  }
  await writeFile(join(dir, 'THIRD-PARTY-LICENSES.txt'), await thirdPartyLicenses());
  // The privacy policy, linked from the options page; plain ASCII, so it reads right as text.
  await copyFile(join(ROOT, 'docs/PRIVACY.md'), join(dir, 'privacy.txt'));
}

/** The page of the popup or the options page: its stylesheet, its script and a root. */
export function interfacePage(title: string, name: 'popup' | 'options'): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${title}</title>
    ${
      name === 'popup'
        ? '<!-- Asks for the analysis before popup.js has loaded (src/popup/start.ts). -->\n    <script src="popup-start.js"></script>\n    '
        : ''
    }<link rel="stylesheet" href="${name}.css" />
    <script type="module" src="${name}.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;
}

/** Copy _locales/<lang>/messages.json for every language into the extension. */
async function copyLocales(dir: string): Promise<void> {
  for (const lang of await readdir(join(ROOT, '_locales'))) {
    const file = join(ROOT, '_locales', lang, 'messages.json');
    if (!existsSync(file)) continue;
    await mkdir(join(dir, '_locales', lang), { recursive: true });
    await copyFile(file, join(dir, '_locales', lang, 'messages.json'));
  }
}

/** Packages bundled into the extension's scripts, whose licences travel with it. */
const BUNDLED_PACKAGES = [
  '@mozilla/readability',
  'webextension-polyfill',
  'preact',
  'idb',
  'diff',
  'stopword',
  'approx-string-match',
];

/** The licence texts of the bundled packages, one after another. */
async function thirdPartyLicenses(): Promise<string> {
  const parts: string[] = [];
  for (const pkg of BUNDLED_PACKAGES) {
    const dir = join(ROOT, 'node_modules', pkg);
    const file = (await readdir(dir)).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
    const { version, license } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      version: string;
      license?: string;
    };
    const text = file
      ? await readFile(join(dir, file), 'utf8')
      : `Licensed under ${license ?? 'see package'}.`;
    parts.push(
      `${pkg} ${version}\n${'='.repeat(pkg.length + version.length + 1)}\n\n${text.trim()}\n`,
    );
  }
  return parts.join('\n\n');
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** One file of a zip archive: its path inside the archive (forward slashes) and bytes. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * Write a zip of `entries` in the order given (deflate, no extra fields). Timestamps are
 * fixed so that the same entries always give the same bytes.
 */
export async function writeZip(entries: readonly ZipEntry[], zipFile: string): Promise<number> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00, the earliest DOS date.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data, { level: 9 });
    const stored = packed.length >= data.length;
    const body = stored ? data : packed;
    const crc = crc32(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...local, ...central, end]);
  await writeFile(zipFile, out);
  return out.length;
}

/** Write a zip of every file under `dir`, sorted by path (see writeZip). */
export async function zipDir(dir: string, zipFile: string): Promise<number> {
  const entries: ZipEntry[] = [];
  for (const name of await listFiles(dir)) {
    entries.push({ name, data: await readFile(join(dir, name)) });
  }
  return writeZip(entries, zipFile);
}

/**
 * The entries of a zip written by writeZip, read from its central directory (stored or
 * deflated entries only, which is all writeZip makes). Throws on anything else.
 */
export function readZip(buf: Buffer): ZipEntry[] {
  const endAt = buf.length - 22;
  if (endAt < 0 || buf.readUInt32LE(endAt) !== 0x06054b50) throw new Error('Not a zip archive');
  const count = buf.readUInt16LE(endAt + 10);
  let at = buf.readUInt32LE(endAt + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('Damaged zip directory');
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const packedSize = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const bodyAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const body = buf.subarray(bodyAt, bodyAt + packedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported method ${method}`);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    out.push({ name, data });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Build everything `cfg` asks for. Returns the unpacked extension folders. */
export async function buildExtension(cfg: BuildConfig): Promise<Record<BrowserName, string>> {
  const say = (line: string) => {
    if (!cfg.quiet) console.log(line);
  };
  const { buildBundledCorpus } = await import('./build-corpus');
  const dirs = {} as Record<BrowserName, string>;
  let corpusFile: string | null = null;
  let lexiconJson: string | null = null;
  let backgroundJson: string | null = null;
  for (const browser of cfg.browsers) {
    const dir = outDir(browser, cfg.test);
    dirs[browser] = dir;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await bundle(cfg, browser, dir);
    await copyStatic(cfg, browser, dir);
    const target = join(dir, 'corpus', 'demo.ssidx');
    if (corpusFile) {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(corpusFile, target);
    } else {
      const pack = cfg.corpusPack ?? join(ROOT, 'src/corpus/demo.jsonl');
      if (!existsSync(pack)) {
        throw new Error(
          `${relative(ROOT, pack)} is missing, so the bundled corpus cannot be built.`,
        );
      }
      const made = await buildBundledCorpus(target, pack);
      say(`corpus: ${made.articles} articles, ${kb(made.bytes)}`);
      corpusFile = target;
    }
    // Background word statistics for the same-story score, loaded lazily by the worker,
    // with their counts by name key derived here rather than on the worker's first analysis,
    // and the names international news repeats as a table of their own.
    backgroundJson ??= JSON.stringify(
      withNewsNames(
        withNameTables(
          JSON.parse(
            await readFile(join(ROOT, 'src/corpus/background.json'), 'utf8'),
          ) as BackgroundFile,
        ),
        await readFile(join(ROOT, 'src/corpus/news-names.txt'), 'utf8'),
      ),
    );
    await writeFile(join(dir, 'corpus', 'background.json'), backgroundJson);
    // The concept lexicon's index, compiled here so the worker loads it as data.
    lexiconJson ??= JSON.stringify(
      packLexicon(compileLexicon(await readFile(join(ROOT, 'src/corpus/lexicon.txt'), 'utf8'))),
    );
    await writeFile(join(dir, 'corpus', 'lexicon.json'), lexiconJson);
    const popupBytes = (await stat(join(dir, 'popup.js'))).size;
    say(
      `${relative(ROOT, dir)}: background ${kb((await stat(join(dir, 'background.js'))).size)}, content ${kb((await stat(join(dir, 'content.js'))).size)}, popup ${kb(popupBytes)}`,
    );
    if (!cfg.dev && popupBytes > POPUP_BUDGET_BYTES) {
      throw new Error(`popup.js is ${kb(popupBytes)}, over its ${kb(POPUP_BUDGET_BYTES)} budget`);
    }
    if (cfg.zip && !cfg.test) {
      const zip = join(ROOT, 'dist', `second-source-${browser}.zip`);
      say(`${relative(ROOT, zip)}: ${kb(await zipDir(dir, zip))}`);
    }
  }
  if (cfg.zip && !cfg.test) {
    // What addons.mozilla.org asks for with a minified extension: the sources and steps.
    const zip = join(ROOT, 'dist', 'second-source-source.zip');
    say(`${relative(ROOT, zip)}: ${kb(await writeZip(await sourceEntries(ROOT), zip))}`);
  }
  return dirs;
}

function parseArgs(argv: string[]): BuildConfig {
  const cfg: BuildConfig = { browsers: BROWSERS, test: false, dev: false, zip: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--test') cfg.test = true;
    else if (arg === '--dev') cfg.dev = true;
    else if (arg === '--no-zip') cfg.zip = false;
    else if (arg === '--browser') {
      const name = argv[++i];
      if (name !== 'chrome' && name !== 'firefox') throw new Error('--browser chrome|firefox');
      cfg.browsers = [name];
    } else if (arg === '--corpus') {
      const pack = argv[++i];
      if (!pack) throw new Error('--corpus needs a pack file');
      cfg.corpusPack = resolve(pack);
    } else throw new Error(`Unknown option ${arg}`);
  }
  return cfg;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildExtension(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
