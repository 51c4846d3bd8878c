/**
 * Article extraction from a page: Readability on a clone of the document, its output
 * turned into paragraphs, and the page's metadata (outlet, date, language).
 *
 * Runs in the content script and in Node with jsdom (the extraction benchmark), so it
 * uses only standard DOM calls on the document it is given.
 */
import Readability from '@mozilla/readability/Readability.js';
import { canonicalUrl, makeArticle } from '../core/article';
import type { Article } from '../core/types';

/** What the caller shows when a page has no article. */
export const NO_ARTICLE_REASON = 'No article found on this page';

/** Fewer body characters than this (UTF-16 code units) is not an article. */
export const MIN_BODY_CHARS = 250;

/**
 * On pages that do not declare themselves an article, at least this many characters
 * must sit in prose paragraphs (see `isProse`), so that product grids, login forms and
 * link lists are not taken for articles.
 */
export const MIN_PROSE_CHARS = 250;

/** Readability gives up on documents with more elements than this (0 = no limit). */
const MAX_ELEMS_TO_PARSE = 0;

export type ExtractResult = { article: Article } | { article: null; reason: string };

export interface ExtractOptions {
  /**
   * Work on a deep clone of `doc` (default true). Pass false only for a document the
   * caller owns and throws away afterwards (a page parsed in Node for a benchmark or a
   * fixture script): Readability rewrites the document it reads, and in jsdom the
   * clone alone costs about half as much as Readability itself.
   */
  clone?: boolean;
}

/**
 * Elements that start and end a paragraph. Everything else is inline: its text joins
 * the paragraph around it.
 */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P ' +
    'PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/** Elements whose text is never body text. */
const SKIP_TAGS = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE SVG svg MATH math BUTTON SELECT TEXTAREA IFRAME ' +
    'OBJECT CANVAS'
  ).split(' '),
);

/**
 * Class or id tokens of advertising and sharing blocks that Readability sometimes keeps
 * inside the article (an inline ad between two paragraphs). Matched per token, so
 * "headline" or "shadow" never match "ad".
 */
const CHROME_TOKEN =
  /^(ad|ads|advert|adverts|advertisement|ad-?slot|ad-?inline|ad-?container|ad-?unit|ad-?wrapper|dfp-ad|sponsored|share-?bar|social-?share|sharing|newsletter-?signup)$/i;

/** Paragraphs that are only an ad label, in the languages we read. */
const AD_LABEL =
  /^(advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|реклама)$/i;

function isChrome(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls) {
    for (const token of cls.split(/\s+/)) if (CHROME_TOKEN.test(token)) return true;
  }
  const id = el.getAttribute('id');
  return id !== null && CHROME_TOKEN.test(id);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Splits an element's text into paragraphs: one per block element (p, li, blockquote,
 * headings, pre, table cells…), plus one per run of loose text between blocks.
 * Whitespace inside a paragraph is collapsed to single spaces. Two `<br>` in a row end
 * a paragraph; a single `<br>` is a space.
 */
export function blockParagraphs(root: Node): string[] {
  const out: string[] = [];
  let buf = '';
  let pendingBreaks = 0;
  const flush = (): void => {
    const p = buf.replace(/\s+/g, ' ').trim();
    if (p && !AD_LABEL.test(p)) out.push(p);
    buf = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const data = (child as CharacterData).data;
        if (pendingBreaks >= 2 && /\S/.test(data)) flush();
        if (/\S/.test(data)) pendingBreaks = 0;
        buf += data;
        continue;
      }
      if (type !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName;
      if (SKIP_TAGS.has(tag) || isChrome(child as Element)) continue;
      if (tag === 'BR') {
        pendingBreaks++;
        buf += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        pendingBreaks = 0;
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/**
 * A paragraph that reads as running text: long enough and ending at least one
 * sentence. Teasers, prices and menu items are short or have no sentence end.
 */
function isProse(p: string): boolean {
  return p.length >= 80 && /[.!?…。！？]["'”’»«)\]]*(\s|$)/u.test(p);
}

interface PageMeta {
  ogSiteName: string | null;
  applicationName: string | null;
  ogTitle: string | null;
  publishedMeta: string | null;
  isArticleType: boolean;
}

/** One pass over the page's `<meta>` and JSON-LD elements (read only, live document). */
function readMeta(doc: Document): PageMeta {
  const meta: PageMeta = {
    ogSiteName: null,
    applicationName: null,
    ogTitle: null,
    publishedMeta: null,
    isArticleType: false,
  };
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!key || !content) continue;
    if (key === 'og:site_name') meta.ogSiteName ??= content;
    else if (key === 'application-name') meta.applicationName ??= content;
    else if (key === 'og:title') meta.ogTitle ??= content;
    else if (key === 'article:published_time') meta.publishedMeta ??= content;
    else if (key === 'og:type' && /article/i.test(content)) meta.isArticleType = true;
  }
  if (!meta.isArticleType) {
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
      if (/"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report)"/.test(el.textContent ?? '')) {
        meta.isArticleType = true;
        break;
      }
    }
  }
  return meta;
}

/**
 * An ISO 8601 form of a page date, or null when it is not a date. A bare calendar date
 * ("2026-03-14") stays as written rather than gaining a made-up time of day.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

function firstTimeDatetime(doc: Document): string | null {
  const el = doc.querySelector('article time[datetime], main time[datetime], time[datetime]');
  return el?.getAttribute('datetime') ?? null;
}

/**
 * Extracts the article of `doc`. Readability runs on a deep clone, so the live page is
 * never changed; its result is walked in that inert clone (scripts there never run and
 * nothing is fetched). `url` is the page address; tracking parameters and the fragment
 * are dropped from it.
 *
 * Returns `{ article: null, reason }` when the page has no article: Readability finds
 * nothing, the body is under `MIN_BODY_CHARS`, or a page that does not declare itself
 * an article carries under `MIN_PROSE_CHARS` of prose.
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractResult {
  const meta = readMeta(doc);
  const lang = doc.documentElement?.getAttribute('lang') || null;
  const title0 = doc.title;
  // With no clone, Readability is about to rewrite `doc`: read what we need first.
  const time0 = options.clone === false ? firstTimeDatetime(doc) : undefined;
  const clone = options.clone === false ? doc : (doc.cloneNode(true) as Document);
  // Returning the element itself skips Readability's innerHTML serialisation and our
  // re-parse of that HTML: the element lives in the clone, which is already inert.
  const reader = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    // Class names let `blockParagraphs` drop ad and share blocks Readability kept.
    keepClasses: true,
    maxElemsToParse: MAX_ELEMS_TO_PARSE,
  });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return { article: null, reason: NO_ARTICLE_REASON };

  const paragraphs = blockParagraphs(parsed.content);
  let chars = 0;
  let proseChars = 0;
  for (const p of paragraphs) {
    chars += p.length;
    if (isProse(p)) proseChars += p.length;
  }
  if (chars < MIN_BODY_CHARS) return { article: null, reason: NO_ARTICLE_REASON };
  if (!meta.isArticleType && proseChars < MIN_PROSE_CHARS) {
    return { article: null, reason: NO_ARTICLE_REASON };
  }

  const title = parsed.title?.trim() || meta.ogTitle || title0 || '';
  const source =
    meta.ogSiteName || parsed.siteName?.trim() || meta.applicationName || hostnameOf(url);
  const published =
    normalizeDate(meta.publishedMeta) ??
    normalizeDate(parsed.publishedTime) ??
    normalizeDate(time0 === undefined ? firstTimeDatetime(doc) : time0);
  const byline =
    parsed.byline
      ?.replace(/\s+/g, ' ')
      .replace(/^by\s+/i, '')
      .trim() || null;
  const language = lang || parsed.lang || null;

  const article = makeArticle({
    url: canonicalUrl(url),
    title,
    source,
    published,
    byline,
    language,
    paragraphs,
  });
  return { article };
}
