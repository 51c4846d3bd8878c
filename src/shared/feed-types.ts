/**
 * Plain data about followed feeds, shared by the background (which stores and fetches
 * them), the options page and the popup. Everything here survives structured cloning.
 *
 * Times are milliseconds since the epoch.
 */
import {
  isBoolean,
  isNumber,
  isNumberOrNull,
  isString,
  isStringOrNull,
  shape,
  type Guard,
} from '../core/is';

/** A followed feed as stored in IndexedDB (`feeds` object store). */
export interface FeedRecord {
  id: string;
  /** The feed's address; a permanent redirect replaces it. */
  url: string;
  /** The outlet's home page, from the feed or the page it was followed from. */
  siteUrl: string | null;
  /** The outlet's name as the reader sees it (feed title, or the page's site name). */
  outlet: string;
  /** Primary language subtag from the feed, or null until known. */
  language: string | null;
  /** The corpus holding this feed's articles (one corpus per followed outlet). */
  corpusId: string;
  paused: boolean;
  added: number;
  /** Last time the feed was asked for, whatever the outcome. */
  lastCheck: number | null;
  /** Last time the feed was read without an error. */
  lastSuccess: number | null;
  /** When the feed is due next (backoff and `Retry-After` included). */
  nextCheck: number;
  /** What went wrong at the last check, in words; null after a good one. */
  lastError: string | null;
  /** Consecutive failed checks (drives the backoff). */
  failures: number;
  /** Validators of the last good response, sent back for a conditional request. */
  etag: string | null;
  lastModified: string | null;
  /** Articles stored with title and summary only, because their page could not be read. */
  summaryOnly: number;
  /**
   * The origin ("https://www.example.com") of article pages the extension may not read
   * yet: their items stay summary-only until the reader allows it.
   */
  pageAccessNeeded: string | null;
}

/** A followed feed as the options page and the popup show it. */
export type FeedInfo = Omit<FeedRecord, 'added' | 'nextCheck' | 'etag' | 'lastModified'> & {
  /** Articles kept from this feed now. */
  articles: number;
  /** Null while paused. */
  nextCheck: number | null;
  /** True while this feed is being read. */
  refreshing: boolean;
};

/** A feed to follow, as the popup or the options page asks for it. */
export interface FollowRequest {
  url: string;
  /** Shown until the feed's own title is known. */
  outlet?: string | null;
  siteUrl?: string | null;
  language?: string | null;
}

export interface FollowResult {
  url: string;
  /** The feed now followed (also when it was followed already). */
  feed: FeedInfo | null;
  /** Why it could not be followed; null when it is. */
  error: string | null;
}

/** A feed a page or a site announces, as the popup and the options page offer it. */
export interface PageFeed {
  url: string;
  title: string | null;
  type: 'rss' | 'atom' | 'json';
  /** True when this address is followed already. */
  followed: boolean;
}

/** The line under the popup's coverage list. */
export interface FeedStatus {
  /** Feeds followed (paused ones included). */
  feeds: number;
  /** Articles kept from feeds, and the outlets they come from. */
  articles: number;
  outlets: number;
  /** Last successful read of any feed, or null. */
  lastRefresh: number | null;
  /** Feeds whose last check failed. */
  failing: number;
  refreshing: boolean;
}

/** True when `v` is a readable stored feed record. */
export const isFeedRecord: Guard<FeedRecord> = /* @__PURE__ */ shape({
  id: isString,
  url: isString,
  siteUrl: isStringOrNull,
  outlet: isString,
  language: isStringOrNull,
  corpusId: isString,
  paused: isBoolean,
  added: isNumber,
  lastCheck: isNumberOrNull,
  lastSuccess: isNumberOrNull,
  nextCheck: isNumber,
  lastError: isStringOrNull,
  failures: isNumber,
  etag: isStringOrNull,
  lastModified: isStringOrNull,
  summaryOnly: isNumber,
  pageAccessNeeded: isStringOrNull,
});
