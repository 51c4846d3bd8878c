/**
 * Fetching a feed, and finding the feeds of a site: the two network steps the worker
 * and the CLI share, over an injected fetch.
 */
import { decodeFeedBytes } from './decode';
import { FeedError, MAX_FEED_BYTES, MAX_PAGE_BYTES } from './errors';
import { commonFeedUrls, findFeedLinks, type FeedLink } from './html';
import { PAGE_ACCEPT, politeFetch, type FetchedResource, type FetchOptions } from './http';
import { parseFeed, type ParsedFeed } from './parse';

export interface FetchedFeed {
  /** The HTTP exchange: validators, final and moved addresses, Retry-After. */
  resource: FetchedResource;
  /** The parsed feed, or null on 304 Not Modified. */
  feed: ParsedFeed | null;
}

/**
 * Fetch and parse one feed (at most MAX_FEED_BYTES unless `opts.maxBytes` says less).
 * Pass the stored `etag`/`lastModified` to make it conditional: a 304 gives `feed: null`.
 * Throws FeedError from politeFetch or parseFeed.
 */
export async function fetchFeed(
  fetchImpl: typeof fetch,
  url: string,
  opts: Omit<FetchOptions, 'maxBytes'> & { maxBytes?: number },
): Promise<FetchedFeed> {
  const resource = await politeFetch(fetchImpl, url, {
    ...opts,
    maxBytes: Math.min(opts.maxBytes ?? MAX_FEED_BYTES, MAX_FEED_BYTES),
  });
  if (resource.notModified || !resource.body) return { resource, feed: null };
  const text = decodeFeedBytes(resource.body, resource.contentType);
  return { resource, feed: parseFeed(text, resource.url) };
}

const TYPE_OF_FORMAT: Record<ParsedFeed['format'], FeedLink['type']> = {
  rss2: 'rss',
  rss1: 'rss',
  atom: 'atom',
  json: 'json',
};

/**
 * The feeds of the site `pageUrl` belongs to: those its page announces with
 * `<link rel="alternate">` (not fetched), else the first of COMMON_FEED_PATHS on its
 * origin that answers with a readable feed (its title from the feed). [] when none is
 * found. Throws FeedError only when the page itself cannot be fetched.
 */
export async function discoverFeeds(
  fetchImpl: typeof fetch,
  pageUrl: string,
  opts: Pick<FetchOptions, 'timeoutMs' | 'signal'>,
): Promise<FeedLink[]> {
  const page = await politeFetch(fetchImpl, pageUrl, {
    ...opts,
    maxBytes: MAX_PAGE_BYTES,
    accept: PAGE_ACCEPT,
  });
  if (page.body) {
    const links = findFeedLinks(decodeFeedBytes(page.body, page.contentType), page.url);
    if (links.length) return links;
  }
  for (const url of commonFeedUrls(page.url)) {
    try {
      const { resource, feed } = await fetchFeed(fetchImpl, url, opts);
      if (feed)
        return [
          { url: resource.url, title: feed.title || null, type: TYPE_OF_FORMAT[feed.format] },
        ];
    } catch (e) {
      // Not there, or not a feed: try the next usual path.
      if (!(e instanceof FeedError)) throw e;
    }
  }
  return [];
}
