/**
 * Runtime validators for every message payload. Messages come from other contexts (and,
 * for a content script, from a page that may be hostile), so receivers check the shape
 * before acting on it instead of trusting the static types.
 */
import { FEED_REQUEST_GUARDS, isFeedLinks } from '../background/feeds/feed-guards';
import { CORPUS_REQUEST_GUARDS } from '../background/store-guards';
import type { Article, QuoteReport, RelatedArticle, Report } from '../core/types';
import type { Envelope, MessageType, Request } from './messages';
import { MESSAGE_TYPES } from './messages';

type Guard<T> = (value: unknown) => value is T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A tab id: browsers use non-negative integers (`tabs.TAB_ID_NONE` is -1). */
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isEmpty = (v: unknown): v is Record<string, never> => isRecord(v);

/** Longest article text accepted from a content script (UTF-16 code units), about 300 pages. */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Longest selected passage the context menu checks (UTF-16 code units). */
export const MAX_PASSAGE_CHARS = 5_000;

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

export function isArticle(v: unknown): v is Article {
  return (
    isRecord(v) &&
    isString(v.url) &&
    isString(v.title) &&
    isString(v.source) &&
    isStringOrNull(v.published) &&
    isString(v.language) &&
    isStringOrNull(v.byline) &&
    Array.isArray(v.paragraphs) &&
    v.paragraphs.every(isString) &&
    isString(v.text) &&
    v.text.length <= MAX_ARTICLE_CHARS
  );
}

function isQuoteReport(v: unknown): v is QuoteReport {
  return (
    isRecord(v) &&
    isString(v.text) &&
    isNumber(v.start) &&
    isNumber(v.end) &&
    isString(v.verdict) &&
    isNumber(v.outlets) &&
    isString(v.prefix) &&
    isString(v.suffix) &&
    (v.kind === 'statement' || v.kind === 'term') &&
    Array.isArray(v.matches)
  );
}

function isRelated(v: unknown): v is RelatedArticle {
  return (
    isRecord(v) &&
    isString(v.url) &&
    isString(v.source) &&
    isNumber(v.score) &&
    Array.isArray(v.reasons) &&
    Array.isArray(v.copies)
  );
}

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

const tabRequest = (v: unknown): v is { tabId: number } => isRecord(v) && isTabId(v.tabId);

type ContentMessageType = 'cs/extract' | 'cs/annotate' | 'cs/clear' | 'cs/scroll-to-quote';

/**
 * Guards of the messages the content script receives, apart from the rest so that
 * its bundle carries only these.
 */
export const CONTENT_REQUEST_GUARDS: { [T in ContentMessageType]: Guard<Request<T>> } = {
  'cs/extract': isEmpty,
  'cs/annotate': (v): v is Request<'cs/annotate'> => isRecord(v) && isReport(v.report),
  'cs/clear': isEmpty,
  'cs/scroll-to-quote': (v): v is Request<'cs/scroll-to-quote'> =>
    isRecord(v) && Number.isInteger(v.index) && (v.index as number) >= 0,
};

type OtherMessageType = Exclude<
  MessageType,
  ContentMessageType | keyof typeof CORPUS_REQUEST_GUARDS | keyof typeof FEED_REQUEST_GUARDS
>;

/** Guards of the messages the background receives from its own pages and the tests. */
const OTHER_REQUEST_GUARDS: { [T in OtherMessageType]: Guard<Request<T>> } = {
  'bg/analyze-tab': (v): v is Request<'bg/analyze-tab'> =>
    isRecord(v) && isTabId(v.tabId) && (v.force === undefined || typeof v.force === 'boolean'),
  'bg/get-tab-state': tabRequest,
  'bg/set-annotations': (v): v is Request<'bg/set-annotations'> =>
    isRecord(v) && isTabId(v.tabId) && typeof v.visible === 'boolean',
  'bg/get-passage-check': tabRequest,
  'bg/dismiss-passage-check': tabRequest,
  'bg/analyze-article': (v): v is Request<'bg/analyze-article'> =>
    isRecord(v) &&
    (v.article === null || isArticle(v.article)) &&
    (v.reason === undefined || isString(v.reason)) &&
    (v.feeds === undefined || isFeedLinks(v.feeds)) &&
    (v.visit === undefined || isVisitId(v.visit)),
  'bg/check-passage': (v): v is Request<'bg/check-passage'> =>
    isRecord(v) &&
    isString(v.text) &&
    v.text.trim().length > 0 &&
    v.text.length <= MAX_PASSAGE_CHARS &&
    isString(v.url),
  'test/open-popup': isEmpty,
  'test/analyze-sender': isEmpty,
  'test/context-menu': (v): v is Request<'test/context-menu'> =>
    isRecord(v) && isString(v.text) && v.text.length <= MAX_PASSAGE_CHARS,
};

/** One guard per message type: the request payload it accepts. */
// Marked pure so that bundles using only some guards (the content script) leave it out.
export const REQUEST_GUARDS = /* @__PURE__ */ Object.assign(
  {},
  OTHER_REQUEST_GUARDS,
  CONTENT_REQUEST_GUARDS,
  CORPUS_REQUEST_GUARDS,
  FEED_REQUEST_GUARDS,
) as { [T in MessageType]: Guard<Request<T>> };

export function isMessageType(v: unknown): v is MessageType {
  return isString(v) && (MESSAGE_TYPES as readonly string[]).includes(v);
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
