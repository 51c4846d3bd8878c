/**
 * Feeds: parsing RSS/Atom/JSON Feed and OPML, turning items into corpus articles,
 * discovering feeds on pages, and fetching politely. Pure: no DOM, no browser or Node
 * APIs, so the background worker and the CLI share it. See README "Building a pack".
 *
 * One check of a feed, as the CLI does it (src/cli/feeds.ts):
 *   1. `fetchFeed(fetch, url, { timeoutMs, etag, lastModified })` inside a shared
 *      `HostQueue`; store `resource.etag`/`lastModified` for the next check, and
 *      `resource.movedPermanentlyTo` (when not null) as the feed's new address.
 *   2. For each item: `hasFullText(item)` → `itemToArticle(item, feed, { source })`;
 *      otherwise fetch `item.url` with `politeFetch(…, { accept: PAGE_ACCEPT,
 *      maxBytes: MAX_PAGE_BYTES })`, decode it with `decodeFeedBytes`, extract it where a
 *      DOM exists, and pass `pageParagraphs`/`pagePublished`/`pageByline`; if that
 *      fails, `itemToArticle` without them keeps title and summary (`text: 'summary'`).
 *   3. Schedule the next check with `nextCheckDelay`: failures counts consecutive
 *      FeedErrors with code 'http' (429/5xx), 'network' or 'timeout'; `retryAfterMs`
 *      comes from the resource or from the FeedError.
 *
 * In browsers a redirect cannot be seen with `redirect: 'manual'` (an opaque response);
 * politeFetch then lets the browser follow it, so permanent moves are only reported by
 * the CLI. The extension needs host permission for a feed's origin, or fetch fails with
 * 'network'.
 */
export {
  FeedError,
  MAX_FEED_BYTES,
  MAX_FEED_ITEMS,
  MAX_PAGE_BYTES,
  type FeedErrorCode,
} from './errors';
export { decodeFeedBytes } from './decode';
export { parseFeedDate } from './dates';
export { parseFeed, type FeedFormat, type FeedItem, type ParsedFeed } from './parse';
export {
  COMMON_FEED_PATHS,
  commonFeedUrls,
  findFeedLinks,
  htmlToParagraphs,
  htmlToText,
  type FeedLink,
} from './html';
export { parseOpml, serializeOpml, type OpmlFeed, type OpmlFeedInput } from './opml';
export {
  FULL_TEXT_MIN_WORDS,
  hasFullText,
  itemToArticle,
  type ItemToArticleOptions,
} from './article';
export { FEED_DIRECTORY, type DirectoryEntry } from './directory';
export { discoverFeeds, fetchFeed, type FetchedFeed } from './discover';
export {
  FEED_ACCEPT,
  HostQueue,
  MAX_BACKOFF_MS,
  MAX_REDIRECTS,
  PAGE_ACCEPT,
  nextCheckDelay,
  parseRetryAfter,
  politeFetch,
  type FetchOptions,
  type FetchedResource,
} from './http';
