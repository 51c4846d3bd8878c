/**
 * Background handlers for followed feeds: list, follow, discover a site's feeds, pause,
 * read now, remove, and the one-line status the popup shows. Every feed's articles live
 * in a corpus of its own (kind 'feed'), which the Corpora section lists like any other.
 *
 * Following needs the host permission of the feed's address. The options page and the
 * popup ask the browser for it inside the reader's click; here it is only checked, and a
 * feed whose host was refused is not followed: nothing is stored for it.
 */
import { canonicalUrl } from '../../core/article';
// The light modules of core/feeds only: parsing happens in the feed reader.
import { decodeFeedBytes } from '../../core/feeds/decode';
import { FeedError, MAX_FEED_BYTES } from '../../core/feeds/errors';
import type { ParsedFeed } from '../../core/feeds/parse';
import { feedReader, holdFeedReader } from './reader';

/** Paths where sites commonly serve a feed when their page announces none, in order. */
const COMMON_FEED_PATHS = ['/feed', '/rss', '/atom.xml', '/index.xml'];

const feedType = (f: ParsedFeed): PageFeed['type'] =>
  f.format === 'atom' ? 'atom' : f.format === 'json' ? 'json' : 'rss';
import type {
  BackgroundMessageType,
  FeedMessageMap,
  Request,
  Response,
} from '../../shared/messages';
import { corporaChanged, feedsChanged, getLiveIndex, getStore } from '../store-live';
import type { CorpusStore } from '../store';
import type { FeedInfo, FeedRecord, FollowResult, PageFeed } from '../../shared/feed-types';
import {
  FEED_ACCEPT,
  REQUEST_TIMEOUT_MS,
  fetchPolitely,
  isRefreshing,
  anyRefreshing,
  mayRead,
  placeholderOutlet,
  pruneFeedArticles,
  refreshDue,
  refreshFeed,
} from './refresh';
import { syncFeedAlarm } from './schedule';
import { loadSettings } from '../../shared/settings';
import { ExpectedError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { feedErrorText } from './feed-error-text';

/** A feed id that does not exist (removed in another tab). */
export class UnknownFeedError extends ExpectedError {
  override name = 'UnknownFeedError';
  constructor() {
    super(t('feed_gone'));
  }
}

async function info(store: CorpusStore, feed: FeedRecord): Promise<FeedInfo> {
  const corpus = await store.getCorpus(feed.corpusId);
  const { added: _added, etag: _etag, lastModified: _lastModified, ...shown } = feed;
  return {
    ...shown,
    articles: corpus?.count ?? 0,
    nextCheck: feed.paused ? null : feed.nextCheck,
    refreshing: isRefreshing(feed.id),
  };
}

async function listFeeds(): Promise<FeedInfo[]> {
  const store = await getStore();
  const out: FeedInfo[] = [];
  for (const f of await store.listFeeds()) out.push(await info(store, f));
  return out;
}

/** The address a feed is known by: canonical (fragment and tracking parameters dropped). */
function feedKey(url: string): string {
  return canonicalUrl(url);
}

async function follow(req: Request<'bg/follow-feeds'>): Promise<Response<'bg/follow-feeds'>> {
  const store = await getStore();
  const existing = new Map((await store.listFeeds()).map((f) => [feedKey(f.url), f]));
  const results: FollowResult[] = [];
  const fresh: string[] = [];
  for (const wanted of req.feeds) {
    const url = feedKey(wanted.url);
    const known = existing.get(url);
    if (known) {
      results.push({ url, feed: await info(store, known), error: null });
      continue;
    }
    if (!(await mayRead(url))) {
      results.push({
        url,
        feed: null,
        error: t('feeds_not_permitted', new URL(url).hostname),
      });
      continue;
    }
    const outlet = wanted.outlet?.trim().slice(0, 200) || placeholderOutlet(url);
    const corpus = await store.createCorpus('feed', outlet);
    const now = Date.now();
    const feed: FeedRecord = {
      id: `feed-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      url,
      siteUrl: wanted.siteUrl ?? null,
      outlet,
      language: wanted.language ?? null,
      corpusId: corpus.id,
      paused: false,
      added: now,
      lastCheck: null,
      lastSuccess: null,
      nextCheck: now,
      lastError: null,
      failures: 0,
      etag: null,
      lastModified: null,
      summaryOnly: 0,
      pageAccessNeeded: null,
    };
    try {
      await store.putFeed(feed);
    } catch (e) {
      await store.deleteCorpus(corpus.id);
      results.push({ url, feed: null, error: (e as Error).message });
      continue;
    }
    existing.set(url, feed);
    fresh.push(feed.id);
    results.push({ url, feed: await info(store, feed), error: null });
  }
  if (fresh.length > 0) {
    await syncFeedAlarm();
    void feedsChanged('follow');
    void corporaChanged('follow');
    // Each new feed is read at once, without holding up the answer.
    void loadSettings().then((settings) =>
      Promise.all(fresh.map((id) => refreshFeed(id, settings))).then(() =>
        pruneFeedArticles(settings),
      ),
    );
  }
  return { results };
}

/** Fetch `url` as a possible feed; its parsed title when it is one, else null. */
async function tryFeed(url: string): Promise<PageFeed | null> {
  try {
    const res = await fetchPolitely(url, {
      timeoutMs: REQUEST_TIMEOUT_MS,
      maxBytes: MAX_FEED_BYTES,
      accept: FEED_ACCEPT,
    });
    if (!res.body) return null;
    const reader = await feedReader();
    const parsed = await reader.parse(decodeFeedBytes(res.body, res.contentType), res.url);
    return { url: res.url, title: parsed.title || null, type: feedType(parsed), followed: false };
  } catch {
    return null;
  }
}

/**
 * The feeds a site announces: when the address is itself a feed, that feed; else the
 * feed links of its page; else the first of the usual paths that holds a feed.
 */
async function discover(url: string): Promise<PageFeed[]> {
  const release = holdFeedReader();
  try {
    return await discoverOn(url);
  } finally {
    await release();
  }
}

async function discoverOn(url: string): Promise<PageFeed[]> {
  if (!(await mayRead(url))) {
    throw new Error(t('feeds_site_not_permitted', new URL(url).hostname));
  }
  let found: PageFeed[] = [];
  let res;
  try {
    res = await fetchPolitely(url, { timeoutMs: REQUEST_TIMEOUT_MS, maxBytes: MAX_FEED_BYTES });
  } catch (e) {
    throw new Error(
      e instanceof FeedError
        ? feedErrorText(e, url)
        : t('feeds_site_unreachable', (e as Error).message),
    );
  }
  const reader = await feedReader();
  if (res.body) {
    const text = decodeFeedBytes(res.body, res.contentType);
    try {
      const parsed = await reader.parse(text, res.url);
      return markFollowed([
        { url: res.url, title: parsed.title || null, type: feedType(parsed), followed: false },
      ]);
    } catch {
      // Not a feed: a page, whose links we read next.
    }
    found = (await reader.links(text, res.url)).map((l) => ({ ...l, followed: false }));
  }
  if (found.length === 0) {
    const origin = new URL(res.url).origin;
    for (const path of COMMON_FEED_PATHS) {
      const feed = await tryFeed(origin + path);
      if (feed) {
        found = [feed];
        break;
      }
    }
  }
  return markFollowed(found);
}

/** Mark the feeds already followed. */
export async function markFollowed<T extends { url: string }>(
  links: readonly T[],
): Promise<(T & { followed: boolean })[]> {
  const store = await getStore();
  const followed = new Set((await store.listFeeds()).map((f) => feedKey(f.url)));
  return links.map((l) => ({ ...l, followed: followed.has(feedKey(l.url)) }));
}

async function setPaused(req: Request<'bg/set-feed-paused'>): Promise<FeedInfo> {
  const store = await getStore();
  const feed = await store.getFeed(req.feedId);
  if (!feed) throw new UnknownFeedError();
  // Resuming makes the feed due at once.
  const next: FeedRecord = {
    ...feed,
    paused: req.paused,
    nextCheck: req.paused ? feed.nextCheck : Date.now(),
  };
  await store.putFeed(next);
  await syncFeedAlarm();
  void feedsChanged('pause');
  return info(store, next);
}

async function refreshNow(req: Request<'bg/refresh-feeds'>): Promise<Response<'bg/refresh-feeds'>> {
  if (req.feedId === null) {
    await refreshDue(true);
  } else {
    const store = await getStore();
    if (!(await store.getFeed(req.feedId))) throw new UnknownFeedError();
    const settings = await loadSettings();
    await refreshFeed(req.feedId, settings);
    await pruneFeedArticles(settings);
  }
  return { feeds: await listFeeds() };
}

async function remove(req: Request<'bg/remove-feed'>): Promise<Response<'bg/remove-feed'>> {
  const store = await getStore();
  const feed = await store.getFeed(req.feedId);
  if (!feed) throw new UnknownFeedError();
  let removed = 0;
  await store.deleteFeed(feed.id);
  if (req.keepArticles) {
    // The articles stay, as a corpus of their own that retention no longer touches.
    await store.updateCorpus(feed.corpusId, {
      kind: 'pack',
      name: `${feed.outlet} (kept from its feed)`,
    });
  } else {
    const index = await getLiveIndex();
    removed = await index.change(async () => {
      const urls = index.urlsOf(feed.corpusId);
      const n = await store.deleteCorpus(feed.corpusId);
      await index.removeArticles(feed.corpusId, urls);
      return n;
    });
  }
  await syncFeedAlarm();
  void feedsChanged('remove');
  void corporaChanged('remove-feed');
  return { removed };
}

async function status(): Promise<Response<'bg/feed-status'>> {
  const feeds = await listFeeds();
  const outlets = new Set<string>();
  let articles = 0;
  let lastRefresh: number | null = null;
  let failing = 0;
  for (const f of feeds) {
    articles += f.articles;
    if (f.articles > 0) outlets.add(f.outlet);
    if (f.lastSuccess !== null && (lastRefresh === null || f.lastSuccess > lastRefresh)) {
      lastRefresh = f.lastSuccess;
    }
    if (f.lastError && !f.paused) failing++;
  }
  return {
    feeds: feeds.length,
    articles,
    outlets: outlets.size,
    lastRefresh,
    failing,
    refreshing: anyRefreshing(),
  };
}

/** The message types handled here: the background's feed messages. */
export type FeedHandledType = BackgroundMessageType<FeedMessageMap>;

/** The handler table the router spreads into its own; payloads are validated before. */
export const feedHandlers: {
  [K in FeedHandledType]: (payload: Request<K>) => Promise<Response<K>>;
} = {
  'bg/list-feeds': async () => ({ feeds: await listFeeds() }),
  'bg/follow-feeds': follow,
  'bg/discover-feeds': async ({ url }) => ({ feeds: await discover(url) }),
  'bg/set-feed-paused': setPaused,
  'bg/refresh-feeds': refreshNow,
  'bg/remove-feed': remove,
  'bg/feed-status': status,
};
