/**
 * Where feeds are parsed and article pages extracted. That code (a feed parser, HTML
 * entities, Readability) is large, and the background worker starts often, mostly to
 * analyse a page: so it is loaded only when a feed is read.
 *
 * - Chrome: the service worker has no DOM and cannot load code later, so the work goes to
 *   an offscreen document (`offscreen.html`, reason DOM_PARSER), created for a read and
 *   closed after it.
 * - Firefox: the event page has a DOM; `feed-reader.js` is added to it on first use.
 */
import type { FeedLink, ParsedFeed } from '../../core/feeds';
import type { Article } from '../../core/types';
import browser, { sendToBackground } from '../../shared/browser';

export interface FeedReader {
  parse(text: string, url: string): Promise<ParsedFeed>;
  links(html: string, url: string): Promise<FeedLink[]>;
  extract(html: string, url: string): Promise<Article | null>;
}

/** Path of the offscreen document inside the extension package (Chrome). */
export const OFFSCREEN_PATH = 'offscreen.html';
/** The reader script Firefox's event page loads on first use. */
export const READER_SCRIPT = 'feed-reader.js';
/** Where `feed-reader.js` puts its reader in the page that loads it. */
export const READER_GLOBAL = 'secondSourceFeedReader';

/** The part of Chrome's `offscreen` API used here (the polyfill does not wrap it). */
interface ChromeGlobal {
  offscreen?: {
    createDocument(params: {
      url: string;
      reasons: string[];
      justification: string;
    }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime?: { getContexts?(filter: object): Promise<unknown[]> };
}

const chromeApi = (): ChromeGlobal => (globalThis as { chrome?: ChromeGlobal }).chrome ?? {};

let override: FeedReader | null = null;
let loading: Promise<FeedReader> | null = null;

/** Use `reader` instead of the platform's (tests). */
export function useFeedReader(reader: FeedReader | null): void {
  override = reader;
}

async function offscreenOpen(): Promise<boolean> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts =
    (await chromeApi().runtime?.getContexts?.({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [url],
    })) ?? [];
  return contexts.length > 0;
}

/**
 * Opening and closing the offscreen document, one after the other: a close that overlapped
 * an open would leave a read talking to a document going away.
 */
let lifecycle: Promise<void> = Promise.resolve();

function inTurn(step: () => Promise<void>): Promise<void> {
  const next = lifecycle.then(step);
  lifecycle = next.catch(() => undefined);
  return next;
}

function ensureOffscreen(): Promise<void> {
  return inTurn(async () => {
    const offscreen = chromeApi().offscreen;
    if (!offscreen) throw new Error('This browser cannot read feeds in the background.');
    if (await offscreenOpen()) return;
    await offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read the feeds the reader follows and the article pages they link to.',
    });
  });
}

async function viaOffscreen<T>(
  send: () => Promise<{ ok: true; value: T } | { ok: false; error: string }>,
): Promise<T> {
  await ensureOffscreen();
  const answer = await send();
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

const offscreenReader: FeedReader = {
  parse: (text, url) =>
    viaOffscreen(() => sendToBackground('off/parse-feed', { text, url })).then((v) => v.feed),
  links: (html, url) =>
    viaOffscreen(() => sendToBackground('off/find-feed-links', { html, url })).then((v) => v.links),
  extract: (html, url) =>
    viaOffscreen(() => sendToBackground('off/extract-page', { html, url })).then((v) => v.article),
};

/** Firefox: add `feed-reader.js` to the event page once and take the reader it leaves. */
function loadReaderScript(): Promise<FeedReader> {
  const g = globalThis as unknown as Record<string, FeedReader | undefined>;
  loading ??= new Promise<FeedReader>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL(READER_SCRIPT);
    script.onload = () => {
      const reader = g[READER_GLOBAL];
      if (reader) resolve(reader);
      else reject(new Error('The feed reader did not load.'));
    };
    script.onerror = () => reject(new Error('The feed reader could not be loaded.'));
    document.head.append(script);
  }).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** The feed reader of this browser. */
export function feedReader(): Promise<FeedReader> {
  if (override) return Promise.resolve(override);
  if (typeof document !== 'undefined' && typeof DOMParser !== 'undefined') {
    return loadReaderScript();
  }
  return Promise.resolve(offscreenReader);
}

let holders = 0;

/**
 * Say that a read is under way; the returned function says it is over. When the last read
 * is over, the offscreen document (Chrome) is closed; it is made again when needed.
 */
export function holdFeedReader(): () => Promise<void> {
  holders++;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--holders > 0 || override) return;
    const offscreen = chromeApi().offscreen;
    if (!offscreen) return;
    await inTurn(async () => {
      // A read that began meanwhile keeps the document.
      if (holders > 0) return;
      if (await offscreenOpen()) await offscreen.closeDocument();
    }).catch(() => undefined);
  };
}
