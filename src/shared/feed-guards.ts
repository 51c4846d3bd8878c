/**
 * Payload guards for the feed messages (`FeedMessageMap` in shared/messages.ts), free of
 * side effects and heavy imports so that `shared/guards.ts` can spread them into
 * `REQUEST_GUARDS` without pulling the fetcher into other bundles.
 */
import type { FollowRequest } from './feed-types';
import { isRecord, isString } from '../core/is';
import type { FeedLinkData, FeedMessageMap, Request } from './messages';

const isOptString = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

/** Most feeds one request may follow (an OPML file of a large reading list). */
export const MAX_FOLLOW = 500;
/** Longest feed or site address accepted. */
export const MAX_FEED_URL = 2048;

/** An http(s) address of reasonable length. */
export function isHttpUrl(v: unknown): v is string {
  if (!isString(v) || v.length > MAX_FEED_URL) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function isFollowRequest(v: unknown): v is FollowRequest {
  return (
    isRecord(v) &&
    isHttpUrl(v.url) &&
    isOptString(v.outlet) &&
    (v.siteUrl === undefined || v.siteUrl === null || isHttpUrl(v.siteUrl)) &&
    isOptString(v.language)
  );
}

/** Feed links a content script reports for its page. */
export function isFeedLinks(v: unknown): v is FeedLinkData[] {
  return (
    Array.isArray(v) &&
    v.length <= 20 &&
    v.every(
      (l) =>
        isRecord(l) &&
        isHttpUrl(l.url) &&
        (l.title === null || (isString(l.title) && l.title.length <= 300)) &&
        (l.type === 'rss' || l.type === 'atom' || l.type === 'json'),
    )
  );
}

/** One guard per feed message type: the request payload it accepts. */
export const FEED_REQUEST_GUARDS: {
  [T in keyof FeedMessageMap]: (v: unknown) => v is Request<T>;
} = {
  'bg/list-feeds': (v): v is Request<'bg/list-feeds'> => isRecord(v),
  'bg/follow-feeds': (v): v is Request<'bg/follow-feeds'> =>
    isRecord(v) &&
    Array.isArray(v.feeds) &&
    v.feeds.length > 0 &&
    v.feeds.length <= MAX_FOLLOW &&
    v.feeds.every(isFollowRequest),
  'bg/discover-feeds': (v): v is Request<'bg/discover-feeds'> => isRecord(v) && isHttpUrl(v.url),
  'bg/set-feed-paused': (v): v is Request<'bg/set-feed-paused'> =>
    isRecord(v) && isString(v.feedId) && typeof v.paused === 'boolean',
  'bg/refresh-feeds': (v): v is Request<'bg/refresh-feeds'> =>
    isRecord(v) && (v.feedId === null || isString(v.feedId)),
  'bg/remove-feed': (v): v is Request<'bg/remove-feed'> =>
    isRecord(v) && isString(v.feedId) && typeof v.keepArticles === 'boolean',
  'bg/feed-status': (v): v is Request<'bg/feed-status'> => isRecord(v),
  'opt/feeds-changed': (v): v is Request<'opt/feeds-changed'> => isRecord(v) && isString(v.reason),
  'off/parse-feed': (v): v is Request<'off/parse-feed'> =>
    isRecord(v) && isString(v.text) && isHttpUrl(v.url),
  'off/find-feed-links': (v): v is Request<'off/find-feed-links'> =>
    isRecord(v) && isString(v.html) && isHttpUrl(v.url),
  'off/extract-page': (v): v is Request<'off/extract-page'> =>
    isRecord(v) && isString(v.html) && isHttpUrl(v.url),
  'test/fire-alarm': (v): v is Request<'test/fire-alarm'> =>
    isRecord(v) && isString(v.name) && (v.due === undefined || typeof v.due === 'boolean'),
};
