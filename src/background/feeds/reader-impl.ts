/**
 * The heavy half of reading feeds: parsing feed documents (feedsmith over
 * fast-xml-parser, HTML entities) and extracting article pages (Readability, which needs a
 * DOM). It is kept out of the background worker's own bundle, so that none of it is
 * loaded on a worker start that only analyses a page: Chrome runs it in the offscreen
 * document, Firefox loads it into its background page on the first feed read.
 */
import { findFeedLinks, parseFeed } from '../../core/feeds';
import type { Article } from '../../core/types';
import { extractArticle } from '../../content/extract';
import type { FeedReader } from './reader';

/** Extract the article of `html` (a page at `url`) in a document of our own. */
export function extractWithDomParser(html: string, url: string): Article | null {
  // A document made by DOMParser is inert: its scripts never run and nothing it refers
  // to (images, styles, frames) is fetched.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, url, { clone: false }).article;
}

/** The reader working in this context (it must have a DOM). */
export const localFeedReader: FeedReader = {
  parse: (text, url) => Promise.resolve(parseFeed(text, url)),
  links: (html, url) => Promise.resolve(findFeedLinks(html, url)),
  extract: (html, url) => Promise.resolve(extractWithDomParser(html, url)),
};
