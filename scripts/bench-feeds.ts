/**
 * Feed ingestion and a feed-sized corpus, measured in Node (part of `npm run bench`):
 *
 * - throughput of each step a followed feed's items go through, in articles per second:
 *   parsing feeds that carry whole articles (feed text → articles), extracting article
 *   pages with Readability (jsdom here; the browser's own DOM is faster), and adding
 *   articles to the live index in the batches the background stores them in;
 * - analysing a page against a 50,000-article feed corpus with the worker just started
 *   (the index loaded from the buffer the live index saves between worker starts, then
 *   the first analysis) and with the worker warm (later analyses).
 *
 * The articles are the benchmark generator's (scripts/gen-corpus.ts), wrapped in RSS
 * 2.0 feeds of 50 items and in simple article pages.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../src/core/analyze';
import { loadLexicon } from '../src/cli/lexicon';
import { Corpus, deserializeCorpusApart, serializeCorpusApart } from '../src/core/corpus';
import { itemToArticle, parseFeed } from '../src/core/feeds';
import type { Article } from '../src/core/types';
import { extractArticle } from '../src/content/extract';
import { makeSplit } from './bench-corpus';
import { percentile, timed } from './bench-util';

export interface FeedBenchResult {
  corpusArticles: number;
  parsePerSecond: number;
  extractPerSecond: number;
  indexPerSecond: number;
  /** Load of the saved index (ms) + the first analysis (ms), the worker just started. */
  coldLoadMs: number;
  coldFirstAnalysisMs: number;
  /** Analyses after that, p50 and p95 (ms). */
  warmP50Ms: number;
  warmP95Ms: number;
  queries: number;
}

const ITEMS_PER_FEED = 50;
/** Articles added to the index per call, as the background stores a feed's items. */
const INDEX_BATCH = 10;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rssOf(articles: readonly Article[]): string {
  const items = articles
    .map(
      (a) => `<item><title>${esc(a.title)}</title><link>${esc(a.url)}</link>
<pubDate>${new Date(a.published ?? 0).toUTCString()}</pubDate>
<description>${esc(a.paragraphs[0] ?? '')}</description>
<content:encoded><![CDATA[${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}]]></content:encoded></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench outlet</title><link>https://bench.example/</link>${items}</channel></rss>`;
}

function pageOf(a: Article): string {
  return `<!doctype html><html lang="${a.language}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:site_name" content="${esc(a.source)}"><meta property="og:type" content="article"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${esc(a.title)}</h1>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article>
<aside><h2>Most read</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></aside></main>
<footer>© ${esc(a.source)}</footer></body></html>`;
}

export function benchFeeds(opts: {
  articles: number;
  pages: number;
  queries: number;
  seed: number;
}): FeedBenchResult {
  const split = makeSplit(opts.articles, opts.queries, opts.seed);
  const articles = split.indexed;

  // Parse: every article through a feed that carries its whole text.
  const feeds: string[] = [];
  for (let i = 0; i < articles.length; i += ITEMS_PER_FEED) {
    feeds.push(rssOf(articles.slice(i, i + ITEMS_PER_FEED)));
  }
  const parsed = timed(() => {
    let n = 0;
    for (const xml of feeds) {
      const feed = parseFeed(xml, 'https://bench.example/rss.xml');
      for (const item of feed.items) if (itemToArticle(item, feed, { source: 'Bench outlet' })) n++;
    }
    return n;
  });

  // Extract: article pages through the content script's extractor.
  const pages = articles.slice(0, opts.pages).map((a) => ({ html: pageOf(a), url: a.url }));
  const extracted = timed(() => {
    let n = 0;
    for (const p of pages) {
      const dom = new JSDOM(p.html, { url: p.url, virtualConsole: new VirtualConsole() });
      if (extractArticle(dom.window.document, p.url, { clone: false }).article) n++;
      dom.window.close();
    }
    return n;
  });

  // Index: into a live index, in the batches the background writes.
  const indexed = timed(() => {
    const corpus = Corpus.fromArticles([]);
    for (let i = 0; i < articles.length; i += INDEX_BATCH)
      corpus.add(articles.slice(i, i + INDEX_BATCH));
    return corpus;
  });

  // A worker just started: the saved index is loaded, then the first page analysed. The
  // extension saves the index and the article texts as two buffers (serializeCorpusApart).
  const saved = serializeCorpusApart(indexed.value);
  // A new worker starts with an empty heap: collect what parsing and extraction left
  // (`npm run bench` runs with --expose-gc), so that their garbage is not timed here.
  (globalThis as { gc?: () => void }).gc?.();
  const load = timed(() => deserializeCorpusApart(saved.index, saved.texts));
  const lexicon = loadLexicon();
  const first = timed(() => analyze(split.queries[0]!, load.value, { lexicon }));
  const warm: number[] = [];
  for (const q of split.queries.slice(1))
    warm.push(timed(() => analyze(q, load.value, { lexicon })).ms);

  return {
    corpusArticles: articles.length,
    parsePerSecond: parsed.value / (parsed.ms / 1000),
    extractPerSecond: extracted.value / (extracted.ms / 1000),
    indexPerSecond: articles.length / (indexed.ms / 1000),
    coldLoadMs: load.ms,
    coldFirstAnalysisMs: first.ms,
    warmP50Ms: percentile(warm, 50),
    warmP95Ms: percentile(warm, 95),
    queries: split.queries.length,
  };
}
