/**
 * The feeds a page announces in its head (`<link rel="alternate">` with an RSS, Atom or
 * JSON Feed type), read from the live document at no cost: nothing is fetched. The popup
 * offers to follow them.
 */
import type { FeedLinkData } from '../shared/messages';

/** Most feed links reported for one page. */
export const MAX_PAGE_FEEDS = 10;

const TYPES: readonly [RegExp, FeedLinkData['type']][] = [
  [/^application\/rss\+xml$/i, 'rss'],
  [/^application\/rdf\+xml$/i, 'rss'],
  [/^application\/atom\+xml$/i, 'atom'],
  [/^application\/(feed\+)?json$/i, 'json'],
];

/** The page's feed links, absolute http(s) addresses, each once, in document order. */
export function pageFeedLinks(doc: Document, pageUrl: string): FeedLinkData[] {
  const out: FeedLinkData[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll('link[rel][href][type]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate')) continue;
    const mime = (link.getAttribute('type') ?? '').trim();
    const type = TYPES.find(([re]) => re.test(mime))?.[1];
    if (!type) continue;
    let url: string;
    try {
      const u = new URL(link.getAttribute('href') ?? '', pageUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      u.hash = '';
      url = u.href;
    } catch {
      continue;
    }
    if (url.length > 2048 || seen.has(url)) continue;
    seen.add(url);
    const title = link.getAttribute('title')?.replace(/\s+/g, ' ').trim().slice(0, 300) || null;
    out.push({ url, title, type });
    if (out.length >= MAX_PAGE_FEEDS) break;
  }
  return out;
}
