/**
 * Extracting the article of a fetched page with the same code the content script runs
 * (`content/extract.ts`, Readability). It needs a DOM: Firefox's background page has
 * `DOMParser`; Chrome's service worker has none, so there the page goes to an offscreen
 * document (`offscreen.html`, reason DOM_PARSER), created on first use.
 *
 * A document made by `DOMParser` is inert: its scripts never run and nothing it refers to
 * (images, styles, frames) is fetched.
 */
import type { Article } from '../../core/types';
import browser, { sendToBackground } from '../../shared/browser';
import { extractArticle } from '../../content/extract';

/** Path of the offscreen document inside the extension package (Chrome). */
export const OFFSCREEN_PATH = 'offscreen.html';

/** The part of Chrome's `offscreen` API used here (the polyfill does not wrap it). */
interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeGlobal {
  offscreen?: OffscreenApi;
  runtime?: { getContexts?(filter: object): Promise<unknown[]> };
}

/** Extract the article of `html` (a page at `url`) in a document of our own. */
export function extractWithDomParser(html: string, url: string): Article | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const result = extractArticle(doc, url, { clone: false });
  return result.article;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(chrome: ChromeGlobal): Promise<void> {
  const offscreen = chrome.offscreen;
  if (!offscreen) throw new Error('This browser cannot read article pages in the background.');
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts =
    (await chrome.runtime?.getContexts?.({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [url],
    })) ?? [];
  if (contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Extract the article text of pages linked from the feeds the reader follows.',
    })
    .catch((e: unknown) => {
      // Another call created it in between: that is fine.
      if (!/single offscreen|already/i.test(String(e))) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** The article of a fetched page, or null when it holds none. */
export async function extractPage(html: string, url: string): Promise<Article | null> {
  if (typeof DOMParser !== 'undefined') return extractWithDomParser(html, url);
  const chrome = (globalThis as { chrome?: ChromeGlobal }).chrome ?? {};
  await ensureOffscreen(chrome);
  const answer = await sendToBackground('off/extract-page', { html, url });
  if (!answer.ok) throw new Error(answer.error);
  return answer.value.article;
}
