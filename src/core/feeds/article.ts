/**
 * Feed items into corpus articles. An item whose own content is the whole article
 * becomes a full article; otherwise the caller fetches the page and passes its
 * paragraphs; when that fails too, the item's title and summary still make a short
 * article that can be found as coverage (marked 'summary').
 */
import { canonicalUrl, countWords, makeArticle, splitParagraphs } from '../article';
import { withLanguage } from '../language';
import type { Article } from '../types';
import type { FeedItem, ParsedFeed } from './parse';

/** Words of content from which an item is taken to carry the whole article. */
export const FULL_TEXT_MIN_WORDS = 150;

/** True when the item's own content has at least FULL_TEXT_MIN_WORDS words. */
export function hasFullText(item: FeedItem): boolean {
  let words = 0;
  for (const p of item.paragraphs) {
    words += countWords(p);
    if (words >= FULL_TEXT_MIN_WORDS) return true;
  }
  return false;
}

export interface ItemToArticleOptions {
  /** The outlet's name, written as the article's `source`. */
  source: string;
  /** Paragraphs extracted from the item's page, when the caller fetched it. */
  pageParagraphs?: string[];
  /** The page's own publication date, used when the item has none. */
  pagePublished?: string | null;
  /** The page's byline, used when the item names no author. */
  pageByline?: string | null;
}

/**
 * The corpus article of a feed item. Text, in order of preference: the item's own
 * content when `hasFullText`, the page's paragraphs when given and non-empty, the item's
 * content however short, then title and summary ('summary'). Language: the item's, the
 * feed's, else detected. URL canonicalised. Null when the item has no text, no summary
 * and no title.
 */
export function itemToArticle(
  item: FeedItem,
  feed: Pick<ParsedFeed, 'title' | 'language'>,
  opts: ItemToArticleOptions,
): { article: Article; text: 'full' | 'summary' } | null {
  let paragraphs: string[];
  let text: 'full' | 'summary' = 'full';
  if (hasFullText(item)) paragraphs = item.paragraphs;
  else if (opts.pageParagraphs?.some((p) => p.trim())) paragraphs = opts.pageParagraphs;
  else {
    text = 'summary';
    const summary = splitParagraphs(item.summary);
    // A short item content is the best summary there is when the feed gives none.
    paragraphs = summary.length ? summary : item.paragraphs;
    if (!paragraphs.length && !item.title) return null;
    if (!paragraphs.length) paragraphs = [item.title];
  }
  const article = makeArticle({
    url: canonicalUrl(item.url),
    title: item.title || paragraphs[0]!.slice(0, 200),
    source: opts.source || feed.title,
    published: item.published ?? opts.pagePublished ?? null,
    byline: item.author ?? opts.pageByline ?? null,
    language: item.language ?? feed.language,
    paragraphs,
  });
  return { article: withLanguage(article), text };
}
