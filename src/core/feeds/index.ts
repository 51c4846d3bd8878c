/**
 * Feeds: parsing RSS/Atom/JSON Feed and OPML, turning items into corpus articles,
 * discovering feeds on pages, and fetching politely. Pure: no DOM, no browser or Node
 * APIs, so the background worker and the CLI share it. See README "Building a pack".
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
