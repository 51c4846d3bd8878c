/**
 * Payload guards for the feed messages (`FeedMessageMap` in shared/messages.ts), free of
 * side effects and heavy imports so that `shared/guards.ts` can spread them into
 * `REQUEST_GUARDS` without pulling the fetcher into other bundles.
 */
import type { FollowRequest } from './feed-types';
import {
  isBoolean,
  isEmptyPayload,
  isRecord,
  isString,
  optional,
  orNull,
  shape,
  type Guard,
} from '../core/is';
import type { FeedLinkData, FeedMessageMap, Request } from './messages';

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

/**
 * One guard per feed message type: the request payload it accepts. Built in a call
 * marked pure, so that bundles which never read it (the content script) leave it out.
 */
export const FEED_REQUEST_GUARDS: {
  [T in keyof FeedMessageMap]: Guard<Request<T>>;
} = /* @__PURE__ */ (() => {
  const isOptString = optional(orNull(isString));
  const isFollowRequest: Guard<FollowRequest> = shape({
    url: isHttpUrl,
    outlet: isOptString,
    siteUrl: optional(orNull(isHttpUrl)),
    language: isOptString,
  });
  return {
    'bg/list-feeds': isEmptyPayload,
    'bg/follow-feeds': (v): v is Request<'bg/follow-feeds'> =>
      isRecord(v) &&
      Array.isArray(v.feeds) &&
      v.feeds.length > 0 &&
      v.feeds.length <= MAX_FOLLOW &&
      v.feeds.every(isFollowRequest),
    'bg/discover-feeds': shape({ url: isHttpUrl }),
    'bg/set-feed-paused': shape({ feedId: isString, paused: isBoolean }),
    'bg/refresh-feeds': shape({ feedId: orNull(isString) }),
    'bg/remove-feed': shape({ feedId: isString, keepArticles: isBoolean }),
    'bg/feed-status': isEmptyPayload,
    'opt/feeds-changed': shape({ reason: isString }),
    'off/parse-feed': shape({ text: isString, url: isHttpUrl }),
    'off/find-feed-links': shape({ html: isString, url: isHttpUrl }),
    'off/extract-page': shape({ html: isString, url: isHttpUrl }),
    'test/fire-alarm': shape({ name: isString, due: optional(isBoolean) }),
  };
})();
