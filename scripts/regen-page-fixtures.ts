/**
 * Regenerates `tests/fixtures/pages/<slug>/expected.json` from each `source.html` by
 * running the content script's extractor on it in jsdom. Review the diff before keeping
 * it: the expected files are what the DOM tests hold the extractor to.
 *
 *   npx tsx scripts/regen-page-fixtures.ts            # every page
 *   npx tsx scripts/regen-page-fixtures.ts <slug>…    # some pages
 *   npx tsx scripts/regen-page-fixtures.ts --check    # exit 1 when a file would change
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/content/extract';

const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/pages');

/** The address a fixture page pretends to live at: its canonical link. */
export function fixtureUrl(doc: Document, slug: string): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return href || `https://${slug}.example/`;
}

/** The expected extraction of one fixture page, as written to expected.json. */
export function expectedFor(slug: string, html: string): unknown {
  const probe = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  const url = fixtureUrl(probe, slug);
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { url, result: extractArticle(dom.window.document, url) };
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const slugs = readdirSync(PAGES_DIR).filter(
    (s) =>
      existsSync(join(PAGES_DIR, s, 'source.html')) && (wanted.length === 0 || wanted.includes(s)),
  );
  let changed = 0;
  for (const slug of slugs) {
    const html = readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8');
    const next = `${JSON.stringify(expectedFor(slug, html), null, 2)}\n`;
    const file = join(PAGES_DIR, slug, 'expected.json');
    const prev = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (prev === next) continue;
    changed++;
    if (check) console.log(`would change: ${slug}`);
    else {
      writeFileSync(file, next);
      console.log(`wrote ${join('tests/fixtures/pages', slug, 'expected.json')}`);
    }
  }
  console.log(`${slugs.length} page(s), ${changed} ${check ? 'out of date' : 'updated'}`);
  if (check && changed > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
