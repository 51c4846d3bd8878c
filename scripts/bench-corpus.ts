/**
 * Corpus-size benchmarks: retrievers (ours, MiniSearch, FlexSearch) and quotation
 * corroboration on generated corpora with known truth.
 */
import { CORROBORATING_VERDICTS, type Article, type QuoteReport } from '../src/core/types';
import { corroborateQuotes } from '../src/core/corroborate';
import { extractQuotes } from '../src/core/quotes';
import { analyze } from '../src/core/analyze';
import { findRelated } from '../src/core/related';
import { loadLexicon } from '../src/cli/lexicon';
import { generateCorpus, Rng, type GeneratedQuote } from './gen-corpus';
import {
  documentFrequencies,
  FlexSearchRetriever,
  MiniSearchRetriever,
  OursRetriever,
  peerQuery,
  QUERY_CONFIGS,
  type QueryConfig,
  type Retriever,
} from './bench-retrievers';
import { collect, mean, percentile, timed, usedBytes } from './bench-util';

/** Queries always measured, whatever the time budget. */
const MIN_QUERIES = 50;
/** The same for a peer's other query configurations (the whole article is slow to query). */
const MIN_CONFIG_QUERIES = 20;

/** How many results count for same-story recall. */
export const RECALL_AT = 5;

export interface RetrieverResult {
  name: string;
  /** Held-out queries measured. */
  queries: number;
  /** Index build, ms. */
  buildMs: number;
  /** Stored index size, bytes, and what it holds. */
  bytes: number;
  bytesNote: string;
  /** Ours only: stored size without article texts, bytes. */
  indexOnlyBytes: number | null;
  /** Loading the stored index, ms (median of `loadRuns`). */
  loadMs: number;
  /** The first query after loading, ms (pays for anything the load left for first use). */
  firstQueryMs: number;
  queryP50: number;
  queryP95: number;
  /** Same-story recall@5 in [0, 1], mean over held-out articles. */
  recall: number;
  /** Heap + ArrayBuffer growth after build, bytes per indexed article (NaN without --expose-gc). */
  memPerArticle: number;
  /** Peers only: each query configuration (the first, title and lead, is the row above). */
  configs: ConfigResult[];
}

/** One way of querying a peer, measured on the same held-out articles. */
export interface ConfigResult {
  config: QueryConfig;
  queries: number;
  queryP50: number;
  queryP95: number;
  recall: number;
}

export interface CorroborationResult {
  /** Held-out articles measured (fewer than all when the time budget ran out). */
  articles: number;
  /** Statement quotations timed. */
  quotes: number;
  /** The whole analysis of a held-out article (`analyze`: features, related, every quotation), ms. */
  analyzeP50: number;
  analyzeP95: number;
  /** findRelated per held-out article (the list corroboration starts from), ms. */
  relatedP50: number;
  relatedP95: number;
  /** corroborateQuotes on one quotation, ms. */
  p50: number;
  p95: number;
  /** One call with all of an article's statements, divided by their number; p50 over articles, ms. */
  batchedP50: number;
  /** Verdict checks against the generator's truth, as fractions in [0, 1] (NaN when no case). */
  corroboratedShare: number;
  corroboratedCases: number;
  alteredShare: number;
  alteredCases: number;
  exclusiveUnverifiedShare: number;
  exclusiveCases: number;
  /** Share of should-corroborate quotations called `altered` although no outlet changed them. */
  falseAlteredShare: number;
  /** Share of `altered` verdicts whose altered match is an article of another story. */
  alteredElsewhereShare: number;
  alteredVerdicts: number;
  /** Every verdict that failed one of the altered checks, to read why. */
  misses: CorroborationMiss[];
}

/** A quotation whose verdict failed an altered check, with what the engine saw. */
export interface CorroborationMiss {
  /** altered-missed: a changed number not called altered; false-altered: an intact quotation called altered; altered-elsewhere: the altered match belongs to another story. */
  kind: 'altered-missed' | 'false-altered' | 'altered-elsewhere';
  url: string;
  quote: string;
  verdict: string;
  /** The words as first spoken. */
  original: string;
  /** The engine's matches: kind, similarity, same story or not, the other article's words. */
  matches: { kind: string; similarity: number; sameStory: boolean; url: string; text: string }[];
  /** The same-story articles findRelated returned, and how many the index holds. */
  sameStoryFound: number;
  sameStoryIndexed: number;
}

export interface SizeResult {
  size: number;
  heldOut: number;
  stories: number;
  genMs: number;
  retrievers: RetrieverResult[];
  corroboration: CorroborationResult | null;
}

export interface SizeOptions {
  size: number;
  heldOut: number;
  seed: number;
  /** Repetitions of the load measurement (the median is kept). */
  loadRuns: number;
  /** Wall-clock budget for one retriever's queries, ms. */
  queryBudgetMs: number;
  /** Wall-clock budget for the corroboration measurement, ms. */
  corroborationBudgetMs: number;
  /** Leave MiniSearch and FlexSearch out (ours and corroboration only). */
  oursOnly?: boolean;
  log: (msg: string) => void;
}

interface Split {
  indexed: Article[];
  queries: Article[];
  truth: Map<string, string>;
  quotes: Map<string, GeneratedQuote[]>;
  /** Story id → URLs of its indexed articles. */
  storyDocs: Map<string, string[]>;
  stories: number;
}

/**
 * A corpus of `size` indexed articles plus held-out query articles: one article from
 * each of `heldOut` stories that keep at least two other articles in the index.
 */
export function makeSplit(size: number, heldOut: number, seed: number): Split {
  const gen = generateCorpus({ articles: size + heldOut, seed });
  const byStory = new Map<string, Article[]>();
  for (const a of gen.articles) {
    const s = gen.truth.get(a.url)!;
    const list = byStory.get(s) ?? [];
    list.push(a);
    byStory.set(s, list);
  }
  const rng = new Rng(seed ^ 0x2545f491);
  const eligible = [...byStory.entries()].filter(([, list]) => list.length >= 3);
  const chosen = rng.sample(eligible, heldOut);
  const held = new Set<string>();
  const queries: Article[] = [];
  for (const [, list] of chosen) {
    const a = rng.pick(list);
    held.add(a.url);
    queries.push(a);
  }
  const indexed = gen.articles.filter((a) => !held.has(a.url));
  const storyDocs = new Map<string, string[]>();
  for (const a of indexed) {
    const s = gen.truth.get(a.url)!;
    const list = storyDocs.get(s) ?? [];
    list.push(a.url);
    storyDocs.set(s, list);
  }
  return {
    indexed,
    queries,
    truth: gen.truth,
    quotes: gen.quotes,
    storyDocs,
    stories: byStory.size,
  };
}

/** Same-story recall of a top-k list, capped by min(k, number of true articles). */
export function recallAt(top: readonly string[], truth: ReadonlySet<string>, k: number): number {
  const want = Math.min(k, truth.size);
  if (want === 0) return NaN;
  let hit = 0;
  for (const u of top.slice(0, k)) if (truth.has(u)) hit++;
  return hit / want;
}

function measureRetriever(
  r: Retriever,
  split: Split,
  opts: SizeOptions,
  df: ReadonlyMap<string, number> | null,
): RetrieverResult {
  collect();
  const before = usedBytes();
  const build = timed(() => r.build(split.indexed));
  collect();
  const memPerArticle = (usedBytes() - before) / split.indexed.length;
  const stored = r.serialize();
  r.dispose();
  collect();
  const loads: number[] = [];
  for (let i = 0; i < opts.loadRuns; i++) {
    if (i > 0) {
      r.dispose();
      collect();
    }
    loads.push(timed(() => r.load(stored.data)).ms);
  }
  const firstQueryMs = timed(() => r.query(split.queries[0]!, RECALL_AT)).ms;
  const { times, recalls } = runQueries(r, split, opts.queryBudgetMs, MIN_QUERIES);
  const configs: ConfigResult[] = [];
  if (r.queryOf && df) {
    const lead = r.queryOf;
    configs.push(configResult('lead', times, recalls));
    for (const { id } of QUERY_CONFIGS.filter((c) => c.id !== 'lead')) {
      r.queryOf = peerQuery(id, df, split.indexed.length);
      const run = runQueries(r, split, opts.queryBudgetMs, MIN_CONFIG_QUERIES);
      configs.push(configResult(id, run.times, run.recalls));
      opts.log(
        `  ${opts.size}: ${r.name} queried with ${id}: recall@5 ${mean(run.recalls).toFixed(3)}, p50 ${percentile(run.times, 50).toFixed(2)} ms`,
      );
    }
    r.queryOf = lead;
  }
  return {
    name: r.name,
    queries: times.length,
    buildMs: build.ms,
    bytes: stored.bytes,
    bytesNote: stored.note ?? '',
    indexOnlyBytes: r instanceof OursRetriever ? r.indexOnlyBytes : null,
    loadMs: percentile(loads, 50),
    firstQueryMs,
    queryP50: percentile(times, 50),
    queryP95: percentile(times, 95),
    recall: mean(recalls),
    memPerArticle,
    configs,
  };
}

function configResult(config: QueryConfig, times: number[], recalls: number[]): ConfigResult {
  return {
    config,
    queries: times.length,
    queryP50: percentile(times, 50),
    queryP95: percentile(times, 95),
    recall: mean(recalls),
  };
}

/**
 * Time each held-out query alone after a warm-up of ten, with its recall@5. Queries run
 * in order until the time budget is spent (at least `minQueries`), so a slow peer cannot
 * stretch the run; the count is reported.
 */
function runQueries(
  r: Retriever,
  split: Split,
  budgetMs: number,
  minQueries: number,
): { times: number[]; recalls: number[] } {
  // Warm up the query path (JIT) on a few queries, then time each one.
  for (const q of split.queries.slice(0, 10)) r.query(q, RECALL_AT);
  const times: number[] = [];
  const recalls: number[] = [];
  const started = performance.now();
  for (const q of split.queries) {
    if (times.length >= minQueries && performance.now() - started > budgetMs) break;
    const { value, ms } = timed(() => r.query(q, RECALL_AT));
    times.push(ms);
    const truth = new Set(split.storyDocs.get(split.truth.get(q.url)!) ?? []);
    const rec = recallAt(value, truth, RECALL_AT);
    if (!Number.isNaN(rec)) recalls.push(rec);
  }
  return { times, recalls };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Corroboration latency per quotation on the loaded corpus: for each held-out article,
 * `findRelated` once (timed apart), then `corroborateQuotes` on each of its statement
 * quotations alone (one call per quotation, so each sample is one quotation's cost).
 * The verdicts are checked against the generator's truth.
 */
function measureCorroboration(
  ours: OursRetriever,
  split: Split,
  budgetMs: number,
): CorroborationResult {
  const corpus = ours.need();
  // Which outlets carry each story quotation in the index, as spoken or reworked.
  const carriers = new Map<string, Map<string, GeneratedQuote['variant']>>();
  for (const a of split.indexed) {
    for (const q of split.quotes.get(a.url) ?? []) {
      const m = carriers.get(q.id) ?? new Map<string, GeneratedQuote['variant']>();
      if (m.get(a.source) !== 'verbatim') m.set(a.source, q.variant);
      carriers.set(q.id, m);
    }
  }
  // Words carried anywhere in the index, so that a quotation is only called exclusive
  // when nobody else printed the same words.
  const printed = new Set<string>();
  for (const a of split.indexed)
    for (const q of split.quotes.get(a.url) ?? []) printed.add(q.text.toLowerCase());
  const relatedTimes: number[] = [];
  const lexicon = loadLexicon();
  const analyzeTimes: number[] = [];
  const times: number[] = [];
  const perArticle: number[] = [];
  let corrCases = 0,
    corrHits = 0,
    altCases = 0,
    altHits = 0,
    exCases = 0,
    exHits = 0,
    falseAlt = 0,
    alteredAll = 0,
    alteredElsewhere = 0;
  const misses: CorroborationMiss[] = [];
  for (const article of split.queries.slice(0, 2)) {
    const { scored } = findRelated(article, corpus);
    const found = extractQuotes(article);
    for (const q of found) corroborateQuotes(article, [q], corpus, scored, { lexicon }, found);
  }
  // Articles are taken in order until the time budget is spent, so a slow engine still
  // finishes the run; the number of quotations measured is reported.
  const started = performance.now();
  for (const article of split.queries) {
    if (performance.now() - started > budgetMs) break;
    // Its quotations are found once and passed along, as the engine passes them.
    const found = extractQuotes(article);
    const quotes = found.filter((q) => q.kind === 'statement');
    analyzeTimes.push(timed(() => analyze(article, corpus, { lexicon })).ms);
    const rel = timed(() => findRelated(article, corpus));
    relatedTimes.push(rel.ms);
    const truthQuotes = split.quotes.get(article.url) ?? [];
    if (quotes.length > 0) {
      // The whole article in one call, as analyze() does it, per quotation.
      const all = timed(() =>
        corroborateQuotes(article, quotes, corpus, rel.value.scored, { lexicon }, found),
      );
      perArticle.push(all.ms / quotes.length);
    }
    for (const q of quotes) {
      const { value, ms } = timed(() =>
        corroborateQuotes(article, [q], corpus, rel.value.scored, { lexicon }, found),
      );
      times.push(ms);
      const report: QuoteReport | undefined = value[0];
      const gq = truthQuotes.find((t) => overlaps(t, q));
      const miss = (kind: CorroborationMiss['kind']) => {
        const story = split.truth.get(article.url);
        const sameStory = new Set(split.storyDocs.get(story!) ?? []);
        misses.push({
          kind,
          url: article.url,
          quote: q.text,
          verdict: report?.verdict ?? 'none',
          original: gq?.original ?? '',
          matches: (report?.matches ?? []).map((m) => ({
            kind: m.kind,
            similarity: m.similarity,
            sameStory: split.truth.get(m.url) === story,
            url: m.url,
            text: m.text,
          })),
          sameStoryFound: rel.value.scored.filter((r) => sameStory.has(corpus.meta(r.doc).url))
            .length,
          sameStoryIndexed: sameStory.size,
        });
      };
      if (report?.verdict === 'altered') {
        alteredAll++;
        const m = report.matches.find((x) => x.kind === 'altered');
        if (m && split.truth.get(m.url) !== split.truth.get(article.url)) {
          alteredElsewhere++;
          miss('altered-elsewhere');
        }
      }
      if (!report || !gq) continue;
      const others = [...(carriers.get(gq.id) ?? new Map()).entries()].filter(
        ([src]) => src !== article.source,
      );
      if (gq.variant === 'translated') continue;
      if (gq.variant === 'exclusive') {
        if (others.length === 0 && !printed.has(gq.text.toLowerCase())) {
          exCases++;
          if (report.verdict === 'unverified') exHits++;
        }
      } else if (gq.variant === 'altered') {
        if (others.some(([, v]) => v === 'verbatim')) {
          altCases++;
          if (report.verdict === 'altered') altHits++;
          else miss('altered-missed');
        }
      } else if (
        others.some(([, v]) => v === 'verbatim' || (v === 'edited' && gq.variant !== 'fragment'))
      ) {
        corrCases++;
        if (CORROBORATING_VERDICTS.includes(report.verdict)) corrHits++;
        // No outlet of this story carries a changed number, so "altered" came from elsewhere.
        if (report.verdict === 'altered' && !others.some(([, v]) => v === 'altered')) {
          falseAlt++;
          miss('false-altered');
        }
      }
    }
  }
  const share = (h: number, n: number) => (n ? h / n : NaN);
  return {
    articles: relatedTimes.length,
    quotes: times.length,
    analyzeP50: percentile(analyzeTimes, 50),
    analyzeP95: percentile(analyzeTimes, 95),
    relatedP50: percentile(relatedTimes, 50),
    relatedP95: percentile(relatedTimes, 95),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    batchedP50: percentile(perArticle, 50),
    corroboratedShare: share(corrHits, corrCases),
    corroboratedCases: corrCases,
    alteredShare: share(altHits, altCases),
    alteredCases: altCases,
    exclusiveUnverifiedShare: share(exHits, exCases),
    exclusiveCases: exCases,
    falseAlteredShare: share(falseAlt, corrCases),
    alteredElsewhereShare: share(alteredElsewhere, alteredAll),
    alteredVerdicts: alteredAll,
    misses,
  };
}

/** Every measurement at one corpus size. Retrievers run one after another, each freed before the next. */
export function benchSize(opts: SizeOptions): SizeResult {
  const gen = timed(() => makeSplit(opts.size, opts.heldOut, opts.seed));
  const split = gen.value;
  opts.log(
    `  ${opts.size}: generated ${split.indexed.length} + ${split.queries.length} held-out articles (${split.stories} stories) in ${(gen.ms / 1000).toFixed(1)} s`,
  );
  const results: RetrieverResult[] = [];
  let corroboration: CorroborationResult | null = null;
  // What a peer's salient-terms query ranks terms by: their rarity among indexed articles.
  const df = documentFrequencies(split.indexed);
  const makers: (() => Retriever)[] = [() => new OursRetriever()];
  if (!opts.oursOnly)
    makers.push(
      () => new MiniSearchRetriever(),
      () => new FlexSearchRetriever(),
    );
  for (const make of makers) {
    const r = make();
    const res = measureRetriever(r, split, opts, df);
    opts.log(
      `  ${opts.size}: ${r.name} built in ${(res.buildMs / 1000).toFixed(1)} s, recall@5 ${res.recall.toFixed(3)}, p50 ${res.queryP50.toFixed(2)} ms`,
    );
    results.push(res);
    if (r instanceof OursRetriever) {
      corroboration = measureCorroboration(r, split, opts.corroborationBudgetMs);
      opts.log(
        `  ${opts.size}: corroboration of ${corroboration.quotes} quotations (${corroboration.articles} articles), p50 ${corroboration.p50.toFixed(3)} ms`,
      );
    }
    r.dispose();
    collect();
  }
  return {
    size: opts.size,
    heldOut: split.queries.length,
    stories: split.stories,
    genMs: gen.ms,
    retrievers: results,
    corroboration,
  };
}
