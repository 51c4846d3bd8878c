/**
 * The candidate retrievers compared by the benchmark: our corpus index and two
 * general-purpose full-text libraries (MiniSearch, FlexSearch) set up as a developer
 * would to find "other articles about this story".
 *
 * The peers index title and body with stop words dropped (en, de, fr, es, ru lists of
 * the `stopword` package). A peer query is the held-out article's title and lead
 * paragraph, stop words dropped, duplicates removed (see `leadQuery`): the words a
 * human would type to find the story, and what the article puts first (adding the
 * second and third paragraphs raised the peers' recall@5 by under 0.1 at 10k articles
 * while their query time doubled or tripled). Both peers rank
 * by their own relevance scores (MiniSearch: BM25+ with the title boosted ×2, terms
 * combined with OR; FlexSearch: its contextual score with `suggest` so that documents
 * matching only some of the query terms are still returned).
 *
 * The peers are also queried two other ways (`QUERY_CONFIGS`): with the held-out
 * article's 30 most salient terms (TF-IDF against the indexed articles), and with every
 * content word of the whole article, as ours is.
 */
import { Charset, Encoder, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { deu, eng, fra, rus, spa } from 'stopword';
import { Corpus, deserializeCorpus, serializeCorpus } from '../src/core/corpus';
import { findRelated } from '../src/core/related';
import type { Article } from '../src/core/types';

/** Stop words of the five corpus languages, lower case. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...eng, ...deu, ...fra, ...spa, ...rus].map((w) => w.toLowerCase()),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text without stop words, in order (duplicates kept). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) if (!STOP_WORDS.has(m[0])) out.push(m[0]);
  return out;
}

/** The peers' query: title and lead paragraph, stop words dropped, each word once. */
export function leadQuery(article: Article): string {
  const words = contentWords(`${article.title} ${article.paragraphs[0] ?? ''}`);
  return [...new Set(words)].join(' ');
}

/** How a peer is queried with a held-out article. */
export type QueryConfig = 'lead' | 'terms30' | 'article';

export const QUERY_CONFIGS: readonly { id: QueryConfig; label: string }[] = [
  { id: 'lead', label: 'title and lead' },
  { id: 'terms30', label: '30 most salient terms' },
  { id: 'article', label: 'whole article' },
];

/** Terms a salient-terms query keeps. */
export const SALIENT_TERMS = 30;

/** Document frequencies of content words over the indexed articles (each word once per article). */
export function documentFrequencies(articles: readonly Article[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const a of articles)
    for (const w of new Set(contentWords(`${a.title} ${a.text}`))) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/**
 * The query text of one configuration: the title and lead (see leadQuery); the
 * SALIENT_TERMS words of title and body with the highest TF-IDF against the indexed
 * articles (`df`, `docs`); or every distinct content word of title and body.
 */
export function peerQuery(
  config: QueryConfig,
  df: ReadonlyMap<string, number>,
  docs: number,
): (article: Article) => string {
  if (config === 'lead') return leadQuery;
  if (config === 'article')
    return (a) => [...new Set(contentWords(`${a.title} ${a.text}`))].join(' ');
  return (a) => {
    const tf = new Map<string, number>();
    for (const w of contentWords(`${a.title} ${a.text}`)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return [...tf]
      .map(([w, n]) => [w, n * Math.log((docs + 1) / ((df.get(w) ?? 0) + 1))] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, SALIENT_TERMS)
      .map(([w]) => w)
      .join(' ');
  };
}

/** A retriever under test. Every method may be timed; none prints. */
export interface Retriever {
  readonly name: string;
  /** Index these articles (replacing anything indexed before). */
  build(articles: readonly Article[]): void;
  /** The index in its stored form, with its size in bytes (UTF-8 for text). */
  serialize(): { data: unknown; bytes: number; note?: string };
  /** Replace the in-memory index with one loaded from `serialize().data`. */
  load(data: unknown): void;
  /** URLs of the best `k` articles for a held-out article, best first. */
  query(article: Article, k: number): string[];
  /** Drop the index so its memory can be collected. */
  dispose(): void;
  /** Peers only: the text they are queried with (title and lead unless changed). */
  queryOf?: (article: Article) => string;
}

// ---------------------------------------------------------------------------

/**
 * Ours: `Corpus` built from the articles, stored by `serializeCorpus` (texts included,
 * as the extension stores it: corroboration reads the bodies), queried with
 * `findRelated`. The ranked entries are flattened with their grouped copies, in order,
 * so that a group of copies never counts as one slot.
 */
export class OursRetriever implements Retriever {
  readonly name = 'ours';
  corpus: Corpus | null = null;
  /** Bytes of the index without article texts (`serializeCorpus(c, { texts: false })`). */
  indexOnlyBytes = 0;

  build(articles: readonly Article[]): void {
    this.corpus = Corpus.fromArticles(articles as Article[]);
  }

  serialize(): { data: unknown; bytes: number; note?: string } {
    const corpus = this.need();
    this.indexOnlyBytes = serializeCorpus(corpus, { texts: false }).byteLength;
    const buf = serializeCorpus(corpus);
    return { data: buf, bytes: buf.byteLength, note: 'serializeCorpus, texts included' };
  }

  load(data: unknown): void {
    this.corpus = deserializeCorpus(data as ArrayBuffer);
  }

  query(article: Article, k: number): string[] {
    const { related } = findRelated(article, this.need());
    const urls: string[] = [];
    for (const r of related) {
      urls.push(r.url);
      for (const c of r.copies) urls.push(c.url);
      if (urls.length >= k) break;
    }
    return urls.slice(0, k);
  }

  dispose(): void {
    this.corpus = null;
  }

  need(): Corpus {
    if (!this.corpus) throw new Error('ours: build or load first');
    return this.corpus;
  }
}

// ---------------------------------------------------------------------------

interface MiniDoc {
  url: string;
  title: string;
  text: string;
}

const MINI_OPTIONS = {
  idField: 'url',
  fields: ['title', 'text'],
  storeFields: [] as string[],
  processTerm: (term: string): string | null => {
    const t = term.toLowerCase();
    return STOP_WORDS.has(t) ? null : t;
  },
};

/** MiniSearch over title and body; the URL is the document id (so it is in the JSON). */
export class MiniSearchRetriever implements Retriever {
  readonly name = 'MiniSearch';
  private index: MiniSearch<MiniDoc> | null = null;
  queryOf: (article: Article) => string = leadQuery;

  build(articles: readonly Article[]): void {
    const ms = new MiniSearch<MiniDoc>(MINI_OPTIONS);
    ms.addAll(articles.map((a) => ({ url: a.url, title: a.title, text: a.text })));
    this.index = ms;
  }

  serialize(): { data: unknown; bytes: number; note?: string } {
    const json = JSON.stringify(this.need());
    return { data: json, bytes: Buffer.byteLength(json, 'utf8'), note: 'JSON.stringify(index)' };
  }

  load(data: unknown): void {
    this.index = MiniSearch.loadJSON<MiniDoc>(data as string, MINI_OPTIONS);
  }

  query(article: Article, k: number): string[] {
    const hits = this.need().search(this.queryOf(article), {
      combineWith: 'OR',
      boost: { title: 2 },
    });
    return hits.slice(0, k).map((h) => String(h.id));
  }

  dispose(): void {
    this.index = null;
  }

  private need(): MiniSearch<MiniDoc> {
    if (!this.index) throw new Error('MiniSearch: build or load first');
    return this.index;
  }
}

// ---------------------------------------------------------------------------

function flexIndex(): Index {
  // The default charset (case folding, accents kept apart) plus the same stop words.
  return new Index({
    tokenize: 'strict',
    encoder: new Encoder({ ...Charset.Default, filter: STOP_WORDS as Set<string> }),
  });
}

/**
 * FlexSearch `Index` over "title. body" with numeric ids; URLs kept in an array that is
 * stored (as JSON) with the export and counted in its size.
 */
export class FlexSearchRetriever implements Retriever {
  readonly name = 'FlexSearch';
  private index: Index | null = null;
  queryOf: (article: Article) => string = leadQuery;
  private urls: string[] = [];

  build(articles: readonly Article[]): void {
    const idx = flexIndex();
    this.urls = articles.map((a) => a.url);
    for (let i = 0; i < articles.length; i++)
      idx.add(i, `${articles[i]!.title}. ${articles[i]!.text}`);
    this.index = idx;
  }

  serialize(): { data: unknown; bytes: number; note?: string } {
    const parts: [string, string][] = [];
    this.need().export((key, data) => {
      parts.push([key, data]);
    });
    const urls = JSON.stringify(this.urls);
    let bytes = Buffer.byteLength(urls, 'utf8');
    for (const [key, data] of parts)
      bytes += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(data ?? '', 'utf8');
    return { data: { parts, urls }, bytes, note: 'sum of export() chunks + URL list' };
  }

  load(data: unknown): void {
    const { parts, urls } = data as { parts: [string, string][]; urls: string };
    const idx = flexIndex();
    for (const [key, value] of parts) idx.import(key, value);
    this.urls = JSON.parse(urls) as string[];
    this.index = idx;
  }

  query(article: Article, k: number): string[] {
    const ids = this.need().search(this.queryOf(article), { limit: k, suggest: true }) as number[];
    return ids.map((id) => this.urls[id]!).filter((u) => u !== undefined);
  }

  dispose(): void {
    this.index = null;
    this.urls = [];
  }

  private need(): Index {
    if (!this.index) throw new Error('FlexSearch: build or load first');
    return this.index;
  }
}
