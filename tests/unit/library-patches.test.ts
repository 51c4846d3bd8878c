import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { ROOT } from '../../scripts/build';
import {
  LIBRARY_PATCHES,
  LibraryPatchError,
  applyPatches,
  libraryPatches,
} from '../../scripts/library-patches';

const require = createRequire(import.meta.url);

/** An assignment of anything but a string literal to `innerHTML`. */
const MARKUP_ASSIGNMENT = /\.innerHTML\s*=\s*(?!["'`=])/;

async function patchedFile(pkg: string, file: string): Promise<string> {
  const dir = join(ROOT, 'node_modules', pkg);
  const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const source = await readFile(join(dir, file), 'utf8');
  expect(source).toMatch(MARKUP_ASSIGNMENT);
  return applyPatches(
    source,
    LIBRARY_PATCHES.filter((p) => p.pkg === pkg && p.file === file),
    version,
  );
}

type ReadabilityClass = typeof Readability;

/** Readability as the browser bundles carry it (patched), runnable with `win`'s DOMParser. */
async function bundledReadability(): Promise<(win: Window) => ReadabilityClass> {
  const result = await build({
    stdin: {
      contents: "export { Readability } from '@mozilla/readability';",
      resolveDir: ROOT,
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'bundled',
    platform: 'browser',
    plugins: [libraryPatches()],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return (win) =>
    new Function('DOMParser', `${code}; return bundled.Readability;`)(
      (win as unknown as { DOMParser: unknown }).DOMParser,
    ) as ReadabilityClass;
}

/** Pages of every kind Readability meets: the fixtures, a short page, lazy images. */
async function pages(): Promise<{ name: string; html: string }[]> {
  const dir = join(ROOT, 'tests/fixtures/pages');
  const out: { name: string; html: string }[] = [];
  for (const name of (await readdir(dir)).sort()) {
    out.push({ name, html: await readFile(join(dir, name, 'source.html'), 'utf8') });
  }
  const para = (n: number) =>
    `<p>Paragraph ${n} of the report, long enough to count as text: the council met on ` +
    `Tuesday and agreed, after a long debate, that the harbour will reopen in spring.</p>`;
  out.push({
    name: 'lazy images in noscript',
    html:
      '<html><body><article><h1>Harbour reopens</h1>' +
      '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazy" data-x="1">' +
      '<noscript><img src="https://news.example/harbour.jpg" alt="The harbour"></noscript>' +
      '</figure>' +
      [1, 2, 3, 4, 5, 6].map(para).join('') +
      '</article></body></html>',
  });
  out.push({
    name: 'short page (Readability tries again with looser rules)',
    html: '<html><body><div class="sidebar"><p>Short note: the ferry is late.</p></div></body></html>',
  });
  return out;
}

describe('library patches of the browser bundles', () => {
  it('leave no markup assignment to innerHTML in Preact and Readability', async () => {
    const preact = await patchedFile('preact', 'dist/preact.module.js');
    expect(preact).not.toMatch(MARKUP_ASSIGNMENT);
    expect(preact).toContain('dangerouslySetInnerHTML is not supported');
    const readability = await patchedFile('@mozilla/readability', 'Readability.js');
    expect(readability).not.toMatch(MARKUP_ASSIGNMENT);
    // The package resolves to the files patched.
    expect(require.resolve('@mozilla/readability/Readability.js')).toBe(
      join(ROOT, 'node_modules/@mozilla/readability/Readability.js'),
    );
  });

  it('stop the build when a library changed under them', () => {
    const patch = LIBRARY_PATCHES[1]!;
    expect(() => applyPatches(patch.find, [patch], '9.9.9')).toThrow(LibraryPatchError);
    expect(() => applyPatches('nothing to patch', [patch], patch.version)).toThrow(/exactly once/);
    expect(() => applyPatches(`${patch.find}\n${patch.find}`, [patch], patch.version)).toThrow(
      /exactly once/,
    );
  });

  it('give the same article as Readability itself on every page', async () => {
    const load = await bundledReadability();
    let retried = 0;
    let unwrapped = 0;
    for (const { name, html } of await pages()) {
      const dom = new JSDOM(html, { url: 'https://news.example/article' });
      const Patched = load(dom.window as unknown as Window);
      const original = new Readability(dom.window.document.cloneNode(true) as Document).parse();
      const reader = new Patched(dom.window.document.cloneNode(true) as Document);
      const patched = reader.parse();
      expect(patched?.content, name).toBe(original?.content);
      expect(patched?.textContent, name).toBe(original?.textContent);
      const attempts = (reader as unknown as { _attempts: unknown[] })._attempts;
      if (attempts.length > 0) retried++;
      if (patched?.content?.includes('https://news.example/harbour.jpg')) unwrapped++;
    }
    // The two rewritten code paths did run.
    expect(retried).toBeGreaterThan(0);
    expect(unwrapped).toBe(1);
  });
});
