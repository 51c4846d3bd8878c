/**
 * Node-side input for the CLI and scripts: pages through jsdom and the same extractor
 * the content script runs in the browser, and the bundled pack's location.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isHttpUrl } from '../core/article';
import { extractArticle, type ExtractResult } from '../content/extract';

/** The bundled demo pack (fictional news), relative to this file. */
export const BUNDLED_PACK = fileURLToPath(new URL('../corpus/demo.jsonl', import.meta.url));
/** The bundled demo page used by `npm start` and the examples. */
export const DEMO_PAGE = fileURLToPath(new URL('../corpus/demo-page.html', import.meta.url));

type Jsdom = typeof import('jsdom');
let jsdomModule: Jsdom | null = null;

/**
 * jsdom, loaded the first time a page is parsed: loading it costs about 0.4 s of CPU,
 * which a command that reads no page (or a page declined before parsing) never pays.
 */
export function loadJsdom(): Jsdom {
  jsdomModule ??= createRequire(import.meta.url)('jsdom') as Jsdom;
  return jsdomModule;
}

/**
 * Extract the article of an HTML page. With `preferPageUrl`, the page's own canonical
 * URL (link rel=canonical or og:url) replaces `url` when it declares one.
 */
export function articleFromHtml(html: string, url: string, preferPageUrl = false): ExtractResult {
  const { JSDOM, VirtualConsole } = loadJsdom();
  // Page scripts never run and page errors stay quiet: we only read the markup.
  const dom = new JSDOM(html, {
    url: url.startsWith('http') || url.startsWith('file:') ? url : 'about:blank',
    virtualConsole: new VirtualConsole(),
  });
  const doc = dom.window.document;
  let pageUrl = url;
  if (preferPageUrl) {
    const declared =
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
    if (declared) {
      try {
        // Only an http(s) address may name the article: a "javascript:" or "data:"
        // canonical link is ignored and the page's own address stands.
        const resolved = new URL(declared, url).href;
        if (isHttpUrl(resolved)) pageUrl = resolved;
      } catch {
        // A malformed canonical URL is ignored; the page's own address stands.
      }
    }
  }
  try {
    // The document is ours and thrown away after: no clone needed.
    return extractArticle(doc, pageUrl, { clone: false });
  } finally {
    dom.window.close();
  }
}
