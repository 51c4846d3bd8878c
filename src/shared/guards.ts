/**
 * Runtime validators for every message payload. Messages come from other contexts (and,
 * for a content script, from a page that may be hostile), so receivers check the shape
 * before acting on it instead of trusting the static types.
 */
import { isArticle } from '../core/article';
import type { Article, QuoteReport, RelatedArticle, Report } from '../core/types';
import { CORPUS_REQUEST_GUARDS } from './corpus-guards';
import { FEED_REQUEST_GUARDS, isFeedLinks } from './feed-guards';
import {
  isBoolean,
  isCount,
  isEmptyPayload,
  isNumber,
  isRecord,
  isString,
  oneOf,
  optional,
  orNull,
  shape,
  type Guard,
} from '../core/is';
import type {
  ContentMessageMap,
  CorpusMessageMap,
  Envelope,
  FeedMessageMap,
  MessageType,
  Request,
} from './messages';

/** A tab id: browsers use non-negative integers (`tabs.TAB_ID_NONE` is -1). */
const isTabId = isCount;

/** Longest article text accepted from a content script (UTF-16 code units), about 300 pages. */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Longest selected passage the context menu checks (UTF-16 code units). */
export const MAX_PASSAGE_CHARS = 5_000;

// The quotations and related articles of a report are checked for the fields the
// content script reads.
const isQuoteReport = shape({
  text: isString,
  start: isNumber,
  end: isNumber,
  verdict: isString,
  outlets: isNumber,
  prefix: isString,
  suffix: isString,
  kind: oneOf('statement', 'term'),
  matches: Array.isArray,
}) as Guard<QuoteReport>;

/**
 * A page visit's id: drawn by the content script once per document, so that a page
 * changing its address with history.pushState is still one visit.
 */
export function isVisitId(v: unknown): v is string {
  return typeof v === 'string' && /^[\w-]{1,64}$/.test(v);
}

/** A new page visit's id (see `isVisitId`). */
export function newVisitId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = '';
  for (const b of bytes) id += b.toString(16).padStart(2, '0');
  return id;
}

const isRelated = shape({
  url: isString,
  source: isString,
  score: isNumber,
  reasons: Array.isArray,
  copies: Array.isArray,
}) as Guard<RelatedArticle>;

/** A report as the engine makes it (checked down to each quotation and related entry). */
export function isReport(v: unknown): v is Report {
  return (
    isRecord(v) &&
    isRecord(v.article) &&
    isString(v.article.url) &&
    Array.isArray(v.related) &&
    v.related.every(isRelated) &&
    Array.isArray(v.quotes) &&
    v.quotes.every(isQuoteReport)
  );
}

/**
 * Guards of the messages the content script receives, apart from the rest so that
 * its bundle carries only these.
 */
export const CONTENT_REQUEST_GUARDS: {
  [T in keyof ContentMessageMap]: Guard<Request<T>>;
} = {
  'cs/extract': isEmptyPayload,
  'cs/annotate': shape({ report: isReport }),
  'cs/clear': isEmptyPayload,
  'cs/scroll-to-quote': shape({ index: isCount }),
  'cs/step-quote': (v): v is Request<'cs/step-quote'> =>
    isRecord(v) && (v.direction === 1 || v.direction === -1),
};

type OtherMessageType = Exclude<
  MessageType,
  keyof ContentMessageMap | keyof CorpusMessageMap | keyof FeedMessageMap
>;

/**
 * Guards of the messages the background receives from its own pages and the tests (built
 * in a call marked pure, like the corpus and feed tables).
 */
const OTHER_REQUEST_GUARDS: { [T in OtherMessageType]: Guard<Request<T>> } =
  /* @__PURE__ */ (() => {
    const tabRequest = shape({ tabId: isTabId });
    return {
      'bg/analyze-tab': shape({ tabId: isTabId, force: optional(isBoolean) }),
      'bg/get-tab-state': tabRequest,
      'bg/set-annotations': shape({ tabId: isTabId, visible: isBoolean }),
      'bg/get-passage-check': tabRequest,
      'bg/dismiss-passage-check': tabRequest,
      'bg/analyze-article': shape({
        article: orNull((v): v is Article => isArticle(v, MAX_ARTICLE_CHARS)),
        reason: optional(isString),
        feeds: optional(isFeedLinks),
        visit: optional(isVisitId),
      }),
      'bg/check-passage': (v): v is Request<'bg/check-passage'> =>
        isRecord(v) &&
        isString(v.text) &&
        v.text.trim().length > 0 &&
        v.text.length <= MAX_PASSAGE_CHARS &&
        isString(v.url),
      'test/open-popup': isEmptyPayload,
      'test/analyze-sender': isEmptyPayload,
      'test/context-menu': (v): v is Request<'test/context-menu'> =>
        isRecord(v) && isString(v.text) && v.text.length <= MAX_PASSAGE_CHARS,
      'test/command': shape({ name: isString }),
      'test/save-index': isEmptyPayload,
    };
  })();

/** One guard per message type: the request payload it accepts. */
// Marked pure so that bundles using only some guards (the content script) leave it out.
export const REQUEST_GUARDS = /* @__PURE__ */ Object.assign(
  {},
  OTHER_REQUEST_GUARDS,
  CONTENT_REQUEST_GUARDS,
  CORPUS_REQUEST_GUARDS,
  FEED_REQUEST_GUARDS,
) as { [T in MessageType]: Guard<Request<T>> };

/** True for a known message type: a key of `REQUEST_GUARDS`, the one runtime list of them. */
export function isMessageType(v: unknown): v is MessageType {
  return isString(v) && Object.hasOwn(REQUEST_GUARDS, v);
}

/** True when `v` is an envelope of a known type whose payload has the right shape. */
export function isEnvelope(v: unknown): v is Envelope {
  if (!isRecord(v) || !isMessageType(v.type)) return false;
  return (REQUEST_GUARDS[v.type] as Guard<unknown>)(v.payload);
}

/** True when `v` is an envelope of one of the types in `guards` with a valid payload. */
export function isEnvelopeIn(
  guards: Partial<Record<MessageType, Guard<unknown>>>,
  v: unknown,
): v is Envelope {
  if (!isRecord(v) || !isString(v.type)) return false;
  const guard = guards[v.type as MessageType];
  return guard !== undefined && Object.hasOwn(guards, v.type) && guard(v.payload);
}

/** True when `v` is a valid envelope of the given type. */
export function isEnvelopeOf<T extends MessageType>(type: T, v: unknown): v is Envelope<T> {
  return isRecord(v) && v.type === type && (REQUEST_GUARDS[type] as Guard<unknown>)(v.payload);
}
