/**
 * Feeds (RSS 2.0, RSS 1.0/RDF, Atom 1.0, JSON Feed 1.0/1.1) into one plain shape.
 * feedsmith does the XML and namespace work (over fast-xml-parser, no DOM); this module
 * guards what goes in (size, entity declarations) and cleans what comes out: links
 * resolved against xml:base and the feed's address, HTML and entities out of titles,
 * item HTML into paragraphs, dates into UTC ISO 8601.
 */
import {
  DetectError,
  parseFeed as feedsmithParse,
  type AtomFeed,
  type JsonFeed,
  type RdfFeed,
  type RssFeed,
} from 'feedsmith';
import { countWords, primaryLanguage } from '../article';
import { parseFeedDate } from './dates';
import { FeedError, MAX_FEED_BYTES, MAX_FEED_ITEMS, exceedsUtf8Bytes, formatBytes } from './errors';
import { htmlToParagraphs, htmlToText, httpUrl } from './html';

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';

export interface FeedItem {
  /** Absolute http(s) address of the article. */
  url: string;
  /** Plain text, may be ''. */
  title: string;
  /** ISO 8601 in UTC ('…Z'), null when missing or unreadable. */
  published: string | null;
  author: string | null;
  /** Plain text (paragraphs separated by a blank line), '' when none. */
  summary: string;
  /** Body paragraphs of the item's own full content, plain text; [] when none. */
  paragraphs: string[];
  /** Primary language subtag of the item, when it declares one. */
  language: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  /** Plain text, '' when none. */
  title: string;
  /** The site's home page (absolute), or null. */
  siteUrl: string | null;
  /** Primary language subtag the feed declares, or null. */
  language: string | null;
  /** At most MAX_FEED_ITEMS, in feed order. */
  items: FeedItem[];
  /** Items left out: no usable http(s) link, or past MAX_FEED_ITEMS. */
  skipped: number;
}

/** Fewer words than this in an RSS description with no content:encoded: a summary. */
const DESCRIPTION_AS_CONTENT_WORDS = 150;

/**
 * Refuse what must never reach an XML parser: documents over `maxBytes`, and any DTD
 * that declares entities (billion laughs, external entities). Cheap: one regex pass.
 */
export function guardXml(
  text: string,
  what: 'feed' | 'OPML file',
  maxBytes = MAX_FEED_BYTES,
): void {
  guardSize(text, what, maxBytes);
  if (/<!ENTITY/i.test(text) || hasInternalSubset(text))
    throw new FeedError(
      'entities',
      `The ${what} declares its own XML entities, which can be used to exhaust memory, so it was not read.`,
    );
}

function guardSize(text: string, what: string, maxBytes: number): void {
  if (exceedsUtf8Bytes(text, maxBytes))
    throw new FeedError(
      'too-large',
      `The ${what} is larger than ${formatBytes(maxBytes)}, so it was not read.`,
    );
}

/**
 * True when the first DOCTYPE opens an internal subset ("[") before it ends. Only the
 * first one counts (a document has at most one), and only its first kilobytes are
 * looked at, so that a text of many unclosed "<!DOCTYPE" costs one pass, not n².
 */
function hasInternalSubset(text: string): boolean {
  const at = text.search(/<!DOCTYPE/i);
  return at >= 0 && /^<!DOCTYPE[^>[]*\[/i.test(text.slice(at, at + 4096));
}

const NOT_A_FEED = 'This address gives a web page or other document, not a feed.';

function cleanTitle(value: string | undefined): string {
  // JSON feeds can carry any type where a string belongs.
  if (typeof value !== 'string' || !value) return '';
  return /[<&]/.test(value) ? htmlToText(value) : value.replace(/\s+/g, ' ').trim();
}

function resolveBase(base: string | undefined, parent: string): string {
  return httpUrl(base, parent) ?? parent;
}

/** RSS keeps a channel-level xml:base out of feedsmith's result; read it from the tag. */
function rssBase(text: string, feedUrl: string): string {
  const m = /<(?:rss|channel|rdf:RDF)\b[^>]*?\sxml:base\s*=\s*["']([^"']+)["']/i.exec(
    text.slice(0, 8192),
  );
  return resolveBase(m?.[1], feedUrl);
}

/** "editor@example.org (Ada Lovelace)" → "Ada Lovelace"; a bare address → null. */
function personName(value: unknown): string | null {
  const s = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : null;
  if (!s) return null;
  const paren = /\(([^)]+)\)\s*$/.exec(s);
  if (paren) return paren[1]!.trim() || null;
  if (/^\S+@\S+$/.test(s)) return null;
  return cleanTitle(s) || null;
}

function join(paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

interface Parts {
  link: string | null;
  title: string | undefined;
  date: string | undefined;
  author: string | null;
  summaryHtml: string | undefined;
  contentHtml: string | undefined;
  contentText?: string | undefined;
  language: string | undefined;
  base: string;
}

/** The value when it is a string: JSON feeds can carry any type where a string belongs. */
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function toItem(p: Parts): FeedItem | null {
  const url = httpUrl(p.link, p.base);
  if (!url) return null;
  const contentHtml = str(p.contentHtml);
  const contentText = str(p.contentText);
  const summaryHtml = str(p.summaryHtml);
  let paragraphs = contentHtml
    ? htmlToParagraphs(contentHtml)
    : contentText
      ? htmlToParagraphs(contentText.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
      : [];
  const summaryParas = summaryHtml ? htmlToParagraphs(summaryHtml) : [];
  // Many RSS feeds carry the whole article in <description> and have no content:encoded.
  if (!paragraphs.length && countWords(summaryParas.join(' ')) >= DESCRIPTION_AS_CONTENT_WORDS)
    paragraphs = summaryParas;
  return {
    url,
    title: cleanTitle(p.title),
    published: parseFeedDate(p.date),
    author: p.author,
    summary: join(summaryParas),
    paragraphs,
    language: primaryLanguage(str(p.language)),
  };
}

function rssItem(it: RssFeed.Item<string> | RdfFeed.Item<string>, base: string): Parts {
  const rss = it as RssFeed.Item<string>;
  const guid = rss.guid;
  // A guid is the article's address only when it says so (isPermaLink is true by default)
  // and is one: many feeds put bare ids there without isPermaLink="false".
  const guidLink =
    guid?.value && guid.isPermaLink !== false ? (httpUrl(guid.value) ?? undefined) : undefined;
  const rdfAbout = httpUrl((it as RdfFeed.Item<string>).rdf?.about) ?? undefined;
  return {
    link: it.link?.trim() || guidLink || rdfAbout || null,
    title: it.title,
    date: rss.pubDate ?? it.dc?.dates?.[0] ?? it.dcterms?.issued?.[0] ?? it.atom?.published,
    author:
      personName(rss.authors?.[0]?.name ?? rss.authors?.[0]?.email) ??
      personName(it.dc?.creators?.[0]),
    summaryHtml: it.description,
    contentHtml: it.content?.encoded,
    language: it.dc?.languages?.[0] ?? it.xml?.lang,
    base: resolveBase(it.xml?.base, base),
  };
}

function atomText(t: AtomFeed.Text | undefined): string | undefined {
  if (!t?.value) return undefined;
  // type="text" is plain text: escape it so that "a < b" survives the HTML reader.
  return t.type === 'html' || t.type === 'xhtml'
    ? t.value
    : t.value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function atomLink(links: AtomFeed.Link<string>[] | undefined): string | null {
  if (!links?.length) return null;
  const alternates = links.filter((l) => !l.rel || l.rel === 'alternate');
  const html = alternates.find((l) => !l.type || /html/i.test(l.type));
  return (html ?? alternates[0])?.href ?? null;
}

function atomEntry(e: AtomFeed.Entry<string>, base: string, lang: string | undefined): Parts {
  const entryBase = resolveBase(e.xml?.base, base);
  const content = e.content && !e.content.src ? e.content : undefined;
  const isText =
    content && content.type && !/html/i.test(content.type) ? content.type === 'text' : false;
  return {
    link: atomLink(e.links) ?? (httpUrl(e.id) ? e.id! : null),
    title: atomText(e.title),
    date: e.published ?? e.updated ?? e.dc?.dates?.[0],
    author: personName(e.authors?.[0]?.name) ?? personName(e.dc?.creators?.[0]),
    summaryHtml: atomText(e.summary),
    contentHtml: isText ? undefined : content?.value,
    contentText: isText ? content?.value : undefined,
    language: e.xml?.lang ?? lang,
    base: entryBase,
  };
}

function jsonItem(it: JsonFeed.Item<string>, base: string): Parts {
  const idUrl = it.id && httpUrl(it.id) ? it.id : null;
  return {
    link: it.url ?? it.external_url ?? idUrl,
    title: it.title,
    date: it.date_published ?? it.date_modified,
    author: personName(it.authors?.[0]?.name),
    summaryHtml: str(it.summary)?.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
    contentHtml: it.content_html,
    contentText: it.content_html ? undefined : it.content_text,
    language: it.language,
    base,
  };
}

function collect(parts: Parts[]): { items: FeedItem[]; skipped: number } {
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const p of parts) {
    const item = items.length < MAX_FEED_ITEMS ? toItem(p) : null;
    if (item) items.push(item);
    else skipped++;
  }
  return { items, skipped };
}

function looksLikeHtml(text: string): boolean {
  // The first kilobytes say it; a bounded slice keeps the regex cheap on any input.
  return /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)\b/i.test(
    text.slice(0, 65536),
  );
}

/**
 * Parse a feed. `feedUrl` is the address it was fetched from (after
 * redirects): relative links resolve against xml:base and then against it.
 *
 * Throws FeedError: 'too-large' (over MAX_FEED_BYTES), 'entities' (a DTD declaring
 * entities), 'not-a-feed' (a web page or an unknown document), 'malformed' (broken JSON
 * or XML that cannot be read as any feed format).
 */
export function parseFeed(text: string, feedUrl: string): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  let input: unknown = body;
  const isJson = head.startsWith('{') || head.startsWith('[');
  // JSON has no entities: only its size matters (its HTML may well mention "<!ENTITY").
  if (isJson) guardSize(body, 'feed', MAX_FEED_BYTES);
  else guardXml(body, 'feed');
  if (isJson) {
    try {
      input = JSON.parse(head);
    } catch {
      throw new FeedError('malformed', 'The feed is broken JSON and could not be read.');
    }
    const v = input as { version?: unknown; items?: unknown };
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Array.isArray(v.items))
      throw new FeedError('not-a-feed', 'This address gives JSON that is not a JSON Feed.');
  } else if (!head.startsWith('<')) {
    throw new FeedError('not-a-feed', NOT_A_FEED);
  } else if (looksLikeHtml(head)) {
    throw new FeedError('not-a-feed', NOT_A_FEED);
  }
  let parsed: ReturnType<typeof feedsmithParse<string>>;
  try {
    parsed = feedsmithParse<string>(input);
  } catch (e) {
    if (e instanceof DetectError) throw new FeedError('not-a-feed', NOT_A_FEED);
    throw new FeedError('malformed', 'The feed is broken and could not be read.');
  }
  if (parsed.format === 'atom') {
    const f = parsed.feed;
    const base = resolveBase(f.xml?.base, feedUrl);
    const lang = f.xml?.lang;
    const { items, skipped } = collect((f.entries ?? []).map((e) => atomEntry(e, base, undefined)));
    return {
      format: 'atom',
      title: cleanTitle(atomText(f.title)),
      siteUrl: httpUrl(atomLink(f.links), base),
      language: primaryLanguage(lang ?? f.dc?.languages?.[0]),
      items,
      skipped,
    };
  }
  if (parsed.format === 'json') {
    const f = parsed.feed;
    const base = httpUrl(f.feed_url, feedUrl) ?? feedUrl;
    const { items, skipped } = collect((f.items ?? []).map((it) => jsonItem(it, base)));
    return {
      format: 'json',
      title: cleanTitle(f.title),
      siteUrl: httpUrl(f.home_page_url, base),
      language: primaryLanguage(str(f.language)),
      items,
      skipped,
    };
  }
  const f = parsed.feed as RssFeed.Feed<string> | RdfFeed.Feed<string>;
  const base = resolveBase((f as RssFeed.Feed<string>).xml?.base, rssBase(body, feedUrl));
  const { items, skipped } = collect((f.items ?? []).map((it) => rssItem(it, base)));
  return {
    format: parsed.format === 'rdf' ? 'rss1' : 'rss2',
    title: cleanTitle(f.title),
    siteUrl: httpUrl(f.link, base),
    language: primaryLanguage((f as RssFeed.Feed<string>).language ?? f.dc?.languages?.[0]),
    items,
    skipped,
  };
}
