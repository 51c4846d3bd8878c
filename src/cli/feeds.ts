/**
 * `second-source pack build --feed URL … [--opml FILE] -o PACK.jsonl`: a pack from
 * outlets' feeds, fetched through the same core code the extension uses (politeFetch,
 * parseFeed, itemToArticle). Items that carry their whole text become articles as they
 * are; for the others the page is fetched and its article extracted with Readability
 * over jsdom, as `analyze` does; when that fails too, the item's title and summary are
 * kept so that it can still be found as coverage.
 */
import { writeFile } from 'node:fs/promises';
import { canonicalUrl } from '../core/article';
import {
  FeedError,
  HostQueue,
  MAX_PAGE_BYTES,
  PAGE_ACCEPT,
  decodeFeedBytes,
  fetchFeed,
  hasFullText,
  itemToArticle,
  parseOpml,
  politeFetch,
  type FeedItem,
  type ParsedFeed,
} from '../core/feeds';
import { articleToRecord, isIsoDate, parsePack } from '../core/pack';
import type { Article } from '../core/types';
import { articleFromHtml } from './io';
// main.ts loads this module on demand, after it has run, so the cycle is harmless.
import { CliError, readText, type Io } from './main';

/** Deadline for one feed or page, redirects and body included (ms). */
export const CLI_FETCH_TIMEOUT_MS = 30_000;

export interface FeedSource {
  /** The feed's address. */
  url: string;
  /** The outlet's name (from OPML), or null to take the feed's own title. */
  outlet: string | null;
}

export interface FeedPackResult {
  /** Pack lines (JSON, no trailing newline): feeds in the order given, items in feed order. */
  lines: string[];
  /** Feeds that gave nothing, each with one sentence saying why. */
  failedFeeds: { url: string; reason: string }[];
  /** Items that gave no line (no date anywhere, the same article twice, …). */
  skipped: { url: string; reason: string }[];
  /** Lines made from the whole text (the feed's or the page's) and from title + summary. */
  full: number;
  summaryOnly: number;
}

export interface FeedPackOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

function reasonOf(e: unknown): string {
  return e instanceof FeedError ? e.message : `unexpected error: ${(e as Error).message}`;
}

function hostName(url: string | null): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

interface Made {
  article: Article;
  text: 'full' | 'summary';
}

/**
 * Fetch every feed and its articles and build pack lines. One request at a time per
 * host, four in all. A failing feed is listed in `failedFeeds`; the others go on.
 */
export async function buildPackFromFeeds(
  feeds: readonly FeedSource[],
  opts: FeedPackOptions = {},
): Promise<FeedPackResult> {
  const fetchImpl = opts.fetchImpl ?? fetch;
  const timeoutMs = opts.timeoutMs ?? CLI_FETCH_TIMEOUT_MS;
  const queue = new HostQueue();
  const result: FeedPackResult = {
    lines: [],
    failedFeeds: [],
    skipped: [],
    full: 0,
    summaryOnly: 0,
  };

  const readFeed = async (source: FeedSource): Promise<ParsedFeed> => {
    const { feed } = await queue.run(source.url, () =>
      fetchFeed(fetchImpl, source.url, { timeoutMs }),
    );
    // Nothing was stored, so nothing was asked conditionally: a 304 here is the server's error.
    if (!feed) throw new FeedError('http', 'The server said "not modified" to a first request.');
    return feed;
  };

  const makeItem = async (
    item: FeedItem,
    feed: ParsedFeed,
    outlet: string,
  ): Promise<Made | null> => {
    if (hasFullText(item)) return itemToArticle(item, feed, { source: outlet });
    try {
      const res = await queue.run(item.url, () =>
        politeFetch(fetchImpl, item.url, {
          timeoutMs,
          maxBytes: MAX_PAGE_BYTES,
          accept: PAGE_ACCEPT,
        }),
      );
      const html = decodeFeedBytes(res.body ?? new Uint8Array(), res.contentType);
      const page = articleFromHtml(html, res.url);
      if (page.article)
        return itemToArticle(item, feed, {
          source: outlet,
          pageParagraphs: page.article.paragraphs,
          pagePublished: page.article.published,
          pageByline: page.article.byline,
        });
    } catch (e) {
      if (!(e instanceof FeedError)) throw e;
      // The page could not be fetched: the item's own title and summary still count.
    }
    return itemToArticle(item, feed, { source: outlet });
  };

  // Feeds are fetched together (the queue keeps it polite); results keep the given order.
  const read = await Promise.all(
    feeds.map(async (source) => {
      try {
        const feed = await readFeed(source);
        const outlet = source.outlet || feed.title || hostName(feed.siteUrl ?? source.url);
        return { feed, outlet };
      } catch (e) {
        result.failedFeeds.push({ url: source.url, reason: reasonOf(e) });
        return null;
      }
    }),
  );
  result.failedFeeds.sort(
    (a, b) => feeds.findIndex((f) => f.url === a.url) - feeds.findIndex((f) => f.url === b.url),
  );

  // Claim each article's address in feed order before fetching any page, so that an
  // article carried by two feeds is fetched once and kept from the first.
  const seen = new Set<string>();
  const slots = read.flatMap((r) =>
    r
      ? r.feed.items.map((item) => {
          const key = canonicalUrl(item.url);
          const duplicate = seen.has(key);
          seen.add(key);
          return { item, made: duplicate ? null : makeItem(item, r.feed, r.outlet), duplicate };
        })
      : [],
  );
  const made = await Promise.all(slots.map((s) => s.made));

  slots.forEach(({ item, duplicate }, i) => {
    const skip = (reason: string) => result.skipped.push({ url: item.url, reason });
    const m = made[i];
    if (duplicate) return skip('the same article is in an earlier feed or item');
    if (!m) return skip('no title, summary or text');
    const { article, text } = m;
    if (!article.published || !isIsoDate(article.published))
      return skip('no publication date in the feed or on the page');
    // A line made of title and summary says so, as the extension marks such articles.
    const line = JSON.stringify(
      articleToRecord(text === 'summary' ? { ...article, summaryOnly: true } : article),
    );
    const check = parsePack(line);
    if (check.errors.length)
      return skip(
        check.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '),
      );
    result.lines.push(line);
    if (text === 'full') result.full++;
    else result.summaryOnly++;
  });
  return result;
}

function isHttp(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The `pack build --feed/--opml` command: validates its input (exit 2 with a reason),
 * builds the pack, reports each failed feed and skipped item on stderr in one line, and
 * writes the lines it has. Exit 1 when no feed gave an article.
 */
export async function feedPackCommand(
  feedUrls: readonly string[],
  opmlFiles: readonly string[],
  out: string,
  io: Io,
  opts: FeedPackOptions = {},
): Promise<number> {
  const sources: FeedSource[] = [];
  const known = new Set<string>();
  const add = (url: string, outlet: string | null) => {
    const key = url.trim();
    if (known.has(key)) return;
    known.add(key);
    sources.push({ url: key, outlet });
  };
  for (const url of feedUrls) {
    if (!isHttp(url)) throw new CliError(`--feed "${url}" is not an http or https address`, 2);
    add(url, null);
  }
  for (const path of opmlFiles) {
    let parsed: ReturnType<typeof parseOpml>;
    try {
      parsed = parseOpml(await readText(path));
    } catch (e) {
      if (e instanceof FeedError) throw new CliError(`${path}: ${e.message}`, 2);
      throw e;
    }
    if (!parsed.feeds.length) throw new CliError(`${path}: the file lists no feeds`, 2);
    for (const f of parsed.feeds) add(f.xmlUrl, f.title);
  }
  const built = await buildPackFromFeeds(sources, opts);
  for (const f of built.failedFeeds) io.stderr(`feed ${f.url}: ${f.reason}\n`);
  for (const s of built.skipped) io.stderr(`skipped ${s.url}: ${s.reason}\n`);
  if (!built.lines.length) throw new CliError('no article found in the feeds', 1);
  await writeFile(out, built.lines.join('\n') + '\n');
  const fed = sources.length - built.failedFeeds.length;
  io.stdout(
    `${out}: ${plural(built.lines.length, 'article')} written (${built.full} full text, ` +
      `${built.summaryOnly} title and summary only) from ${fed} of ${plural(sources.length, 'feed')}\n`,
  );
  return 0;
}
