/**
 * Build a corpus pack from a folder of saved web pages (`second-source pack build`).
 * Each .html/.htm file is read with jsdom (scripts never run, nothing is fetched), its
 * article extracted the same way the content script does it in the browser, and written
 * as one pack line. Pages that cannot make a valid pack line are skipped with a reason.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { canonicalUrl, isHttpUrl as isHttp } from '../core/article';
import { articleToRecord, isIsoDate, parsePack } from '../core/pack';
import { extractArticle, htmlLimitReason } from '../content/extract';
import { readReason } from './terminal';

/** Largest page read (bytes); saved pages beyond this are mostly inlined media. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export interface PackBuildResult {
  /** Pack lines (JSON, no trailing newline), in file-name order. */
  lines: string[];
  /** Files that gave no line, with the reason, relative to the folder. */
  skipped: { file: string; reason: string }[];
}

/**
 * The HTML files under `dir`, sub-folders included. A sub-folder that cannot be listed
 * is added to `skipped`; the folder itself must be readable (else this throws).
 */
async function htmlFiles(
  dir: string,
  skipped: { path: string; reason: string }[],
  top = true,
): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if (top) throw e;
    skipped.push({ path: dir, reason: `folder cannot be read (${readReason(e)})` });
    return out;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    // "Save page as… complete" writes a `<name>_files` folder of assets beside each page.
    if (e.isDirectory() && !e.name.endsWith('_files')) {
      for (const f of await htmlFiles(path, skipped, false)) out.push(f);
    } else if (e.isFile() && /\.html?$/i.test(e.name)) out.push(path);
  }
  return out;
}

/**
 * The address a saved page came from: its canonical link, its og:url, or the
 * "saved from url=(NNNN)…" comment browsers write when saving a page.
 */
export function pageUrl(doc: Document, html: string): string | null {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim();
  if (isHttp(canonical)) return canonical;
  const og = doc.querySelector('meta[property="og:url" i]')?.getAttribute('content')?.trim();
  if (isHttp(og)) return og;
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  if (isHttp(saved)) return saved;
  return null;
}

/**
 * Pack lines for every saved page under `dir` (sub-folders included, `*_files` asset
 * folders skipped). Two pages with the same canonical URL give one line: the first file
 * in name order. Every line returned passes `parsePack`.
 */
export async function buildPackFromFolder(dir: string): Promise<PackBuildResult> {
  const unreadable: { path: string; reason: string }[] = [];
  const files = (await htmlFiles(dir, unreadable)).sort();
  const lines: string[] = [];
  const skipped: PackBuildResult['skipped'] = unreadable.map(({ path, reason }) => ({
    file: relative(dir, path) || path,
    reason,
  }));
  const seen = new Map<string, string>();
  // Saved pages often carry broken CSS or markup; jsdom's complaints are noise here.
  const virtualConsole = new VirtualConsole();
  for (const path of files) {
    const file = relative(dir, path) || path;
    const skip = (reason: string) => skipped.push({ file, reason });
    let html: string;
    try {
      const bytes = await readFile(path);
      if (bytes.length > MAX_PAGE_BYTES) {
        skip(`larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
        continue;
      }
      html = bytes.toString('utf8');
    } catch (e) {
      skip(`cannot be read (${readReason(e)})`);
      continue;
    }
    // A page over the limits is skipped before the time parsing it would take.
    const limit = htmlLimitReason(html);
    if (limit) {
      skip(limit);
      continue;
    }
    let dom: JSDOM;
    try {
      dom = new JSDOM(html, { virtualConsole });
    } catch (e) {
      skip(`cannot be parsed (${readReason(e)})`);
      continue;
    }
    try {
      const doc = dom.window.document;
      const url = pageUrl(doc, html);
      if (!url) {
        skip('no address in the page (no canonical link, og:url or "saved from" comment)');
        continue;
      }
      const key = canonicalUrl(url);
      const first = seen.get(key);
      if (first) {
        skip(`same article as ${first} (${key})`);
        continue;
      }
      const result = extractArticle(doc, url, { clone: false });
      if (!result.article) {
        skip(result.reason);
        continue;
      }
      const article = result.article;
      if (!article.published || !isIsoDate(article.published)) {
        skip('no publication date in the page (article:published_time, JSON-LD or <time>)');
        continue;
      }
      if (!article.title) {
        skip('no title');
        continue;
      }
      const line = JSON.stringify(articleToRecord(article));
      const check = parsePack(line);
      if (check.errors.length > 0) {
        skip(
          check.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '),
        );
        continue;
      }
      seen.set(key, file);
      lines.push(line);
    } catch (e) {
      // One page the extractor cannot handle must not cost the others.
      skip(`cannot be read (${readReason(e)})`);
    } finally {
      dom.window.close();
    }
  }
  return { lines, skipped };
}
