/**
 * Building `Article` values from loose input (a page, a pack line, a selection).
 */
import { isRecord, isString, isStringOrNull } from './is';
import { DAY_MS, isoTime } from './iso-time';
import { PARAGRAPH_SEPARATOR, type Article, type ArticleSummary } from './types';

/** "en-GB" → "en"; anything unusable → null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^([a-zA-Z]{2,3})(?:[-_]|$)/.exec(tag.trim());
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  return code === 'und' ? null : code;
}

/** Split plain text into paragraphs on blank lines; single newlines join with a space. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00A0]*\n/)
    .map((p) =>
      p
        .replace(/\s*\n\s*/g, ' ')
        .replace(/[ \t\u00A0]+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

export interface ArticleInput {
  url: string;
  title: string;
  source: string;
  published: string | null;
  byline?: string | null;
  language?: string | null;
  /** Either paragraphs or a plain text with blank lines between paragraphs. */
  paragraphs?: string[];
  text?: string;
  /** Only a title and summary are known (see `Article.summaryOnly`). */
  summaryOnly?: boolean;
}

/**
 * A well-formed Article: paragraphs trimmed with empty ones dropped and `text` rebuilt
 * from them. Without a declared language it is "und"; `withLanguage` (language.ts)
 * detects it, where the detector's size does not matter (not in the content script).
 */
export function makeArticle(input: ArticleInput): Article {
  const paragraphs = (input.paragraphs ?? splitParagraphs(input.text ?? ''))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const text = paragraphs.join(PARAGRAPH_SEPARATOR);
  const language = primaryLanguage(input.language) ?? 'und';
  return {
    url: input.url,
    title: input.title.replace(/\s+/g, ' ').trim(),
    source: input.source.trim(),
    published: input.published,
    language,
    byline: input.byline?.trim() || null,
    paragraphs,
    text,
    ...(input.summaryOnly ? { summaryOnly: true } : {}),
  };
}

/** True when `text` is exactly `paragraphs` joined by PARAGRAPH_SEPARATOR (without copying it). */
function joinsTo(paragraphs: readonly unknown[], text: string): boolean {
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (i > 0) {
      if (!text.startsWith(PARAGRAPH_SEPARATOR, at)) return false;
      at += PARAGRAPH_SEPARATOR.length;
    }
    if (!isString(p) || !text.startsWith(p, at)) return false;
    at += p.length;
  }
  return at === text.length;
}

/**
 * True when `v` is an Article as `makeArticle` makes it, whatever it came through (a
 * message from a page, a stored record): every field of the right type, a non-empty URL,
 * `text` exactly its paragraphs joined (quotation offsets and paragraph starts are read
 * from both), and `summaryOnly` absent or a boolean. With `maxTextChars`, a longer text
 * is refused before anything else is read of it.
 */
export function isArticle(v: unknown, maxTextChars = Infinity): v is Article {
  return (
    isRecord(v) &&
    isString(v.text) &&
    v.text.length <= maxTextChars &&
    isString(v.url) &&
    v.url.length > 0 &&
    isString(v.title) &&
    isString(v.source) &&
    isStringOrNull(v.published) &&
    isString(v.language) &&
    isStringOrNull(v.byline) &&
    (v.summaryOnly === undefined || typeof v.summaryOnly === 'boolean') &&
    Array.isArray(v.paragraphs) &&
    joinsTo(v.paragraphs, v.text)
  );
}

/** Start offset (UTF-16) of each paragraph in `article.text`. */
export function paragraphStarts(article: Pick<Article, 'paragraphs'>): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of article.paragraphs) {
    starts.push(at);
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return starts;
}

/** Days since 1970-01-01 (UTC) of an ISO 8601 date or date-time, or null when it does not parse. */
export function publishedDay(published: string | null): number | null {
  const t = isoTime(published);
  return t === null ? null : Math.floor(t / DAY_MS);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Per UTF-16 unit outside ASCII: 0 not yet known, 1 letter or digit, 2 neither. */
const WORD_CHAR = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Word count of a text (runs of letters and digits), for summaries. A scan over char
 * codes rather than a Unicode regular expression: a 10 MB text takes milliseconds.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    if (c < 0x80) isWord = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // Outside the Basic Multilingual Plane: test the whole code point.
      isWord = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else {
      let k = WORD_CHAR[c]!;
      if (k === 0) WORD_CHAR[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
      isWord = k === 1;
    }
    if (isWord && !inWord) n++;
    inWord = isWord;
  }
  return n;
}

/**
 * Most words of an article analysed. Beyond, the rest is left unchecked and the report
 * says so (`ArticleSummary.checkedWords`): a 10 MB page must not hold the worker for
 * minutes, and no news article is anywhere near this long.
 */
export const MAX_ANALYZED_WORDS = 10_000;

/**
 * The article cut after its first `maxWords` words (whole paragraphs, then part of the
 * one where the limit falls), or null when it is not longer. The cut text is a prefix
 * of `article.text`, so offsets into it are offsets into the whole text.
 */
export function truncateArticle(article: Article, maxWords = MAX_ANALYZED_WORDS): Article | null {
  let left = maxWords;
  for (let p = 0; p < article.paragraphs.length; p++) {
    const para = article.paragraphs[p]!;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(para); m; m = WORD.exec(para)) {
      if (left-- > 0) continue;
      const cut = para.slice(0, m.index).trimEnd();
      const paragraphs = article.paragraphs.slice(0, p);
      if (cut) paragraphs.push(cut);
      return { ...article, paragraphs, text: paragraphs.join(PARAGRAPH_SEPARATOR) };
    }
  }
  return null;
}

/**
 * The summary of an article for a report. `checked` is the part analysed when the
 * article was cut (see `truncateArticle`).
 */
export function summarize(article: Article, checked: Article | null = null): ArticleSummary {
  return {
    url: article.url,
    title: article.title,
    source: article.source,
    published: article.published,
    language: article.language,
    byline: article.byline,
    words: countWords(article.text),
    ...(checked ? { checkedWords: countWords(checked.text) } : {}),
  };
}

/** True for an absolute http: or https: URL, the only addresses an article may have. */
export function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The URL that identifies an article: fragment and tracking parameters removed,
 * host lower-cased, trailing slash dropped. Two pages with the same canonical URL
 * are the same article.
 */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|ocid$)/i.test(key))
        u.searchParams.delete(key);
    }
    u.hostname = u.hostname.toLowerCase();
    if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
    return u.toString();
  } catch {
    return url.trim();
  }
}
