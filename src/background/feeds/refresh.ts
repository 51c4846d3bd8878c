/**
 * Reading followed feeds: fetch each due feed politely (conditional requests, one request
 * at a time per host, timeouts and size caps), turn its new items into articles (the
 * feed's own text when it carries the whole article, otherwise the article page through
 * Readability, otherwise title and summary), store them in the feed's corpus and the live
 * index, then prune what retention says to drop.
 *
 * Nothing is lost or stored twice when the worker is stopped half way: articles are
 * stored in small batches as they are made, an item whose address any corpus already
 * holds is skipped, and the feed's validators (ETag, Last-Modified) and next check time
 * are written only once its items are stored, so the next alarm reads it again.
 */
import { canonicalUrl } from '../../core/article';
// The light modules of core/feeds only: parsing and extraction happen in the feed reader.
import { hasFullText, itemToArticle } from '../../core/feeds/article';
import { decodeFeedBytes } from '../../core/feeds/decode';
import { FeedError, MAX_FEED_BYTES, MAX_PAGE_BYTES } from '../../core/feeds/errors';
import { HostQueue, nextCheckDelay, politeFetch, type FetchOptions } from '../../core/feeds/http';
import type { FeedItem, ParsedFeed } from '../../core/feeds/parse';
import type { Article } from '../../core/types';
import browser from '../../shared/browser';
import { errorMessage } from '../../shared/errors';
import { loadSettings, type Settings } from '../../shared/settings';
import { corporaChanged, feedsChanged, getLiveIndex, getStore } from '../store-live';
import type { CorpusStore } from '../store';
import { feedReader, holdFeedReader } from './reader';
import { redirectSeen, watchingRedirects } from './redirects';
import type { FeedRecord } from '../../shared/feed-types';
import { t } from '../../shared/i18n';
import { feedErrorText } from './feed-error-text';

/** Time allowed for one feed or page request, in ms. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** New items turned into articles per feed and check; the rest wait for the next check. */
export const MAX_NEW_ITEMS_PER_CHECK = 100;
/** Articles stored together (one transaction, one index change). */
const STORE_BATCH = 10;
/** A feed due within this margin is read with the others (alarms are not exact), in ms. */
export const DUE_MARGIN_MS = 60_000;

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** One request at a time per host, four at most overall, for feeds and pages alike. */
const queue = new HostQueue({ perHost: 1, overall: 4 });

/** Feeds being read now (ids). */
const refreshing = new Set<string>();
let running: Promise<void> | null = null;

/** True while the feed with this id is being read. */
export function isRefreshing(id: string): boolean {
  return refreshing.has(id);
}

/** True while any feed is being read. */
export function anyRefreshing(): boolean {
  return refreshing.size > 0;
}

/** "https://news.example/*": the host permission an address needs. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** "https://news.example": the origin shown to the reader. */
export function originOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}`;
}

/** Whether the extension may read `url` (its host permission was granted). */
export async function mayRead(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** The platform's fetch, bound (an unbound `fetch` throws "Illegal invocation" in Chrome). */
const fetchImpl: typeof fetch = (input, init) => fetch(input, init);

/**
 * Fetch `url` politely through the shared host queue (feeds, pages and discovery alike),
 * with the redirects the browser follows for it in view.
 */
export function fetchPolitely(url: string, opts: FetchOptions): ReturnType<typeof politeFetch> {
  return queue.run(url, () =>
    watchingRedirects(() => politeFetch(fetchImpl, url, { ...opts, redirectSeen })),
  );
}

/** The host name used as an outlet's name until the feed's own title is known. */
export function placeholderOutlet(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Read a page and extract its article; null when it cannot be read or holds none. */
async function readPage(url: string): Promise<Article | null> {
  const page = await fetchPolitely(url, {
    timeoutMs: REQUEST_TIMEOUT_MS,
    maxBytes: MAX_PAGE_BYTES,
    accept: PAGE_ACCEPT,
  });
  if (!page.body) return null;
  return (await feedReader()).extract(decodeFeedBytes(page.body, page.contentType), page.url);
}

/** Articles for the new items of a feed, in feed order; `summaryOnly` counts the poor ones. */
async function itemArticles(
  feed: FeedRecord,
  parsed: ParsedFeed,
  items: readonly FeedItem[],
  now: number,
  onBatch: (batch: Article[]) => Promise<void>,
): Promise<{ stored: number; summaryOnly: number; pageAccessNeeded: string | null }> {
  let batch: Article[] = [];
  let stored = 0;
  let summaryOnly = 0;
  let pageAccessNeeded: string | null = null;
  const fallbackDate = new Date(now).toISOString();
  for (const item of items) {
    let made: ReturnType<typeof itemToArticle> = null;
    if (hasFullText(item)) {
      made = itemToArticle(item, parsed, { source: feed.outlet });
    } else if (await mayRead(item.url)) {
      let page: Article | null = null;
      try {
        page = await readPage(item.url);
      } catch {
        // An unreadable page leaves the item with its title and summary.
      }
      made = itemToArticle(item, parsed, {
        source: feed.outlet,
        ...(page
          ? {
              pageParagraphs: page.paragraphs,
              pagePublished: page.published,
              pageByline: page.byline,
            }
          : {}),
      });
    } else {
      pageAccessNeeded = originOf(item.url);
      made = itemToArticle(item, parsed, { source: feed.outlet });
    }
    if (!made) continue;
    // A feed article always has a date: the item's, the page's, or when it was first seen.
    const article: Article = {
      ...made.article,
      published: made.article.published ?? fallbackDate,
      ...(made.text === 'summary' ? { summaryOnly: true } : {}),
    };
    if (made.text === 'summary') summaryOnly++;
    batch.push(article);
    if (batch.length >= STORE_BATCH) {
      await onBatch(batch);
      stored += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) {
    await onBatch(batch);
    stored += batch.length;
  }
  return { stored, summaryOnly, pageAccessNeeded };
}

/** Store a batch of a feed's articles and index them, as one change. */
async function storeBatch(store: CorpusStore, corpusId: string, batch: Article[]): Promise<void> {
  const index = await getLiveIndex();
  await index.change(async () => {
    const record = await store.addArticles(corpusId, batch);
    if (record.enabled) await index.addArticles(corpusId, batch);
  });
}

/** Items whose address no corpus holds yet, at most `MAX_NEW_ITEMS_PER_CHECK`, newest first. */
async function newItems(store: CorpusStore, items: readonly FeedItem[]): Promise<FeedItem[]> {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const item of items) {
    const url = canonicalUrl(item.url);
    if (seen.has(url)) continue;
    seen.add(url);
    if (await store.hasUrl(url)) continue;
    out.push(item);
    if (out.length >= MAX_NEW_ITEMS_PER_CHECK) break;
  }
  return out;
}

/** The sentence shown for a failed check. */
function failureText(error: unknown, url: string): string {
  if (error instanceof FeedError) return feedErrorText(error, url);
  return t('feeds_read_error', errorMessage(error));
}

/**
 * Read one feed now, whatever its schedule. Returns the feed record as stored afterwards
 * (null when the feed is not followed). Never throws: a failure is recorded on the feed.
 */
export function refreshFeed(
  id: string,
  settings?: Settings,
  now = Date.now(),
): Promise<FeedRecord | null> {
  // Redirects are watched for the whole read, so that the listener is in place before
  // the feed's own request.
  return watchingRedirects(() => readFeed(id, settings, now));
}

async function readFeed(
  id: string,
  settings?: Settings,
  now = Date.now(),
): Promise<FeedRecord | null> {
  if (refreshing.has(id)) return (await getStore()).getFeed(id);
  const store = await getStore();
  const feed = await store.getFeed(id);
  if (!feed) return null;
  const opts = settings ?? (await loadSettings());
  const intervalMs = opts.feedIntervalMinutes * 60_000;
  refreshing.add(id);
  const release = holdFeedReader();
  void feedsChanged('refreshing');
  const next: FeedRecord = { ...feed, lastCheck: now };
  try {
    if (!(await mayRead(feed.url))) {
      throw new FeedError('permission', 'Second Source may not read this site any more.');
    }
    const res = await fetchPolitely(feed.url, {
      timeoutMs: REQUEST_TIMEOUT_MS,
      maxBytes: MAX_FEED_BYTES,
      etag: feed.etag,
      lastModified: feed.lastModified,
      accept: FEED_ACCEPT,
    });
    if (!res.notModified && res.body) {
      const reader = await feedReader();
      const parsed = await reader.parse(decodeFeedBytes(res.body, res.contentType), res.url);
      if (feed.outlet === placeholderOutlet(feed.url) && parsed.title) {
        next.outlet = parsed.title.slice(0, 200);
        feed.outlet = next.outlet;
        await store.updateCorpus(feed.corpusId, { name: next.outlet });
      }
      next.language ??= parsed.language;
      next.siteUrl ??= parsed.siteUrl;
      const items = await newItems(store, parsed.items);
      const made = await itemArticles(feed, parsed, items, now, (batch) =>
        storeBatch(store, feed.corpusId, batch),
      );
      next.summaryOnly = feed.summaryOnly + made.summaryOnly;
      next.pageAccessNeeded = made.pageAccessNeeded;
      next.etag = res.etag;
      next.lastModified = res.lastModified;
    }
    if (res.movedPermanentlyTo) next.url = res.movedPermanentlyTo;
    next.lastSuccess = now;
    next.lastError = null;
    next.failures = 0;
    next.nextCheck = now + nextCheckDelay({ intervalMs, failures: 0, retryAfterMs: null });
  } catch (error) {
    next.failures = feed.failures + 1;
    next.lastError = failureText(error, feed.url);
    const retryAfterMs = error instanceof FeedError ? (error.retryAfterMs ?? null) : null;
    next.nextCheck = now + nextCheckDelay({ intervalMs, failures: next.failures, retryAfterMs });
  } finally {
    refreshing.delete(id);
    await release();
  }
  // The feed may have been removed meanwhile; then nothing is written back.
  if (await store.getFeed(id)) await store.putFeed(next);
  void feedsChanged('refreshed');
  return next;
}

/**
 * Drop feed articles older than the retention period, then the oldest beyond the most
 * articles kept across feeds. Returns the number of articles dropped.
 */
export async function pruneFeedArticles(settings: Settings, now = Date.now()): Promise<number> {
  const store = await getStore();
  const index = await getLiveIndex();
  const cutoff = now - settings.feedRetentionDays * 86_400_000;
  const { records } = await store.corpusRecords();
  const feedCorpora = records.filter((r) => r.kind === 'feed' && r.state === 'ready');
  const drop = new Map<string, string[]>();
  const kept: { corpusId: string; url: string; time: number }[] = [];
  for (const r of feedCorpora) {
    const list: string[] = [];
    for (const { url, time } of await store.articleDates(r.id)) {
      if (time < cutoff) list.push(url);
      else kept.push({ corpusId: r.id, url, time });
    }
    drop.set(r.id, list);
  }
  if (kept.length > settings.feedMaxArticles) {
    kept.sort((a, b) => b.time - a.time);
    for (const { corpusId, url } of kept.slice(settings.feedMaxArticles)) {
      drop.get(corpusId)!.push(url);
    }
  }
  let dropped = 0;
  for (const [corpusId, urls] of drop) {
    if (urls.length === 0) continue;
    await index.change(async () => {
      await store.deleteArticles(corpusId, urls);
      await index.removeArticles(corpusId, urls);
    });
    dropped += urls.length;
  }
  if (dropped > 0) {
    void corporaChanged('retention');
    void feedsChanged('retention');
  }
  return dropped;
}

/**
 * Read every active feed that is due (or every active feed with `all`), then apply
 * retention. Runs once at a time: a call while a run is under way joins it.
 */
export function refreshDue(all = false): Promise<void> {
  running ??= (async () => {
    try {
      const settings = await loadSettings();
      const store = await getStore();
      const now = Date.now();
      const due = (await store.listFeeds()).filter(
        (f) => !f.paused && (all || f.nextCheck <= now + DUE_MARGIN_MS),
      );
      await Promise.all(due.map((f) => refreshFeed(f.id, settings)));
      await pruneFeedArticles(settings);
    } finally {
      running = null;
    }
  })();
  return running;
}
