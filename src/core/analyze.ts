/**
 * The engine's one entry point: an article in, a report out. Pure and synchronous;
 * the CLI, the background worker and the benchmarks all call this.
 *
 * Work is bounded whatever the input: at most the first `maxWords` words, at most
 * `MAX_ANALYZED_CHARS` characters and `MAX_ANALYZED_QUOTES` quotations are analysed
 * (the report then says how many words were checked), and paragraphs longer than
 * `MAX_WINDOW_CHARS` are analysed as shorter windows (windows.ts).
 */
import { MAX_ANALYZED_WORDS, summarize, truncateArticle } from './article';
import { CONTEXT_CHARS, corroborateSteps } from './corroborate';
import type { Corpus } from './corpus';
import { featureBase, withQuotes, type ArticleBase, type ArticleFeatures } from './features';
import { withLanguage } from './language';
import type { BackgroundStats } from './background';
import { extractQuotes, scanQuoteSpans } from './quotes';
import type { Lexicon } from './lexicon';
import {
  relatedSteps,
  startRelated,
  type RelatedOptions,
  type RelatedStart,
  type Sensitivity,
} from './related';
import { finishNow, type Steps } from './steps';
import {
  PARAGRAPH_SEPARATOR,
  type Article,
  type ExtractedQuote,
  type QuoteReport,
  type Report,
} from './types';
import { toArticleOffset, toArticleParagraph, windowArticle, type Windowed } from './windows';

export interface AnalyzeOptions {
  /** How readily articles count as the same story and wordings as the same quotation. */
  sensitivity: Sensitivity;
  /** Statements shorter than this many words are reported but not corroborated. */
  minQuoteWords: number;
  /** Most related-coverage entries returned. */
  maxRelated: number;
  /** Background word statistics (`src/corpus/background.json`, parsed); null: none. */
  background: BackgroundStats | null;
  /** The concept lexicon (`corpus/lexicon.json`, parsed); null: translations of a quotation
   * pair by cognates and figures only. */
  lexicon: Lexicon | null;
  /** Words analysed at most, from the start of the article (see `truncateArticle`). */
  maxWords: number;
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = {
  sensitivity: 'balanced',
  minQuoteWords: 3,
  maxRelated: 20,
  background: null,
  lexicon: null,
  maxWords: MAX_ANALYZED_WORDS,
};

/**
 * Most characters analysed: text without spaces between words (Chinese, Japanese) counts
 * few words, so the word limit alone does not bound it.
 */
export const MAX_ANALYZED_CHARS = 120_000;

/** Most quotations analysed; no news article comes near (a long interview has ~100). */
export const MAX_ANALYZED_QUOTES = 400;

/**
 * The first `offset` characters of `article` (a prefix of its text), ended at a space
 * when one is near, never inside a surrogate pair.
 */
function cutAt(article: Article, offset: number): Article {
  const paragraphs: string[] = [];
  let at = 0;
  for (const p of article.paragraphs) {
    if (at + p.length <= offset) {
      paragraphs.push(p);
      at += p.length + PARAGRAPH_SEPARATOR.length;
      continue;
    }
    let end = Math.max(0, offset - at);
    const space = p.lastIndexOf(' ', end);
    if (space > 0 && end - space < 200) end = space;
    const c = p.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    const part = p.slice(0, end).trimEnd();
    if (part) paragraphs.push(part);
    break;
  }
  return { ...article, paragraphs, text: paragraphs.join(PARAGRAPH_SEPARATOR) };
}

/**
 * The part of `whole` that is analysed, cut to the limits (null: all of it), and its
 * windows (null: no paragraph too long).
 */
function boundedPart(
  whole: Article,
  maxWords: number,
): { cut: Article | null; windowed: Windowed | null } {
  // Characters first: a run of millions of letters is one "word" a pattern cannot walk.
  let cut = whole.text.length > MAX_ANALYZED_CHARS ? cutAt(whole, MAX_ANALYZED_CHARS) : null;
  cut = truncateArticle(cut ?? whole, maxWords) ?? cut;
  let windowed = windowArticle(cut ?? whole);
  // Quotations are paired on the text as it will be analysed (windows included).
  const spans = scanQuoteSpans((windowed?.article ?? cut ?? whole).text);
  let top = 0;
  for (const s of spans) {
    if (s.depth > 0 || ++top <= MAX_ANALYZED_QUOTES) continue;
    const at = windowed ? toArticleOffset(windowed, s.openPos) : s.openPos;
    cut = cutAt(cut ?? whole, at);
    windowed = windowArticle(cut);
    break;
  }
  return { cut, windowed };
}

/** A quotation found in the windowed text, with offsets in the article's own text. */
function fromWindows(q: QuoteReport, w: Windowed, text: string): QuoteReport {
  const start = toArticleOffset(w, q.start);
  const end = toArticleOffset(w, q.end);
  const out: QuoteReport = {
    ...q,
    text: text.slice(start, end),
    start,
    end,
    paragraph: toArticleParagraph(w, q.paragraph),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
  if (q.inner)
    out.inner = q.inner.map((i) => ({
      start: toArticleOffset(w, i.start),
      end: toArticleOffset(w, i.end),
    }));
  return out;
}

/**
 * What the engine derives from the article alone, before it reads the corpus: the part
 * analysed (cut to the limits, long paragraphs windowed), and its names, figures,
 * quotations and speakers. A caller whose corpus is still loading prepares the article
 * meanwhile, then finishes with `analyzePrepared`.
 */
export interface PreparedArticle {
  /** The article as given, its language detected when it had none. */
  readonly whole: Article;
  /** The analysed prefix of `whole`; null: all of it. */
  readonly cut: Article | null;
  /** Its windows; null: no paragraph too long. */
  readonly windowed: Windowed | null;
  /** What the engine reads: the windowed, cut or whole article. */
  readonly article: Article;
  readonly features: ArticleFeatures;
  /** The first part of its related-coverage search, when read already (`withRelatedStart`). */
  readonly related?: RelatedStart;
}

/** The part of an article the engine reads (see `PreparedArticle`), before its features. */
export type BoundArticle = Omit<PreparedArticle, 'features'>;

/** The part of `input` the engine reads: at most `maxWords` words, long paragraphs windowed. */
export function boundArticle(
  input: Article,
  maxWords: number = DEFAULT_ANALYZE_OPTIONS.maxWords,
): BoundArticle {
  const whole = withLanguage(input);
  // Offsets stay valid because the cut text is a prefix of the whole text, and offsets
  // in windows are mapped back to it.
  const { cut, windowed } = boundedPart(whole, maxWords);
  return { whole, cut, windowed, article: windowed?.article ?? cut ?? whole };
}

/** A bound article with its features but its quotations (`featureBase`). */
export interface StartedArticle extends BoundArticle {
  readonly base: ArticleBase;
  readonly related?: RelatedStart;
}

/** The features of `bound` that need no quotations, worked out while they are found elsewhere. */
export function startPrepare(bound: BoundArticle): StartedArticle {
  return { ...bound, base: featureBase(bound.article) };
}

/** What the related-coverage search is given of the analysis options. */
function relatedOptions(opts: Partial<AnalyzeOptions>): Partial<RelatedOptions> {
  const o = { ...DEFAULT_ANALYZE_OPTIONS, ...opts };
  return {
    sensitivity: o.sensitivity,
    limit: o.maxRelated,
    background: o.background,
    lexicon: o.lexicon,
  };
}

/**
 * `started` with the first part of its related-coverage search read from `corpus`
 * (`startRelated`: needs no quotations), for a caller that has the corpus before the
 * quotations. `analyzePrepared` uses it while the corpus is unchanged.
 */
export function withRelatedStart(
  started: StartedArticle,
  corpus: Corpus,
  options: Partial<AnalyzeOptions> = {},
): StartedArticle {
  const related = startRelated(started.article, corpus, relatedOptions(options), started.base);
  return { ...started, related };
}

/**
 * `started` prepared for `analyzePrepared`. `quotes`: the quotations of its article when
 * they were found already (checked with `checkQuotes`), else they are found here.
 */
export function finishPrepare(
  { base, ...bound }: StartedArticle,
  quotes: ExtractedQuote[] = extractQuotes(bound.article),
): PreparedArticle {
  return { ...bound, features: withQuotes(base, quotes) };
}

/** Prepare `input` for `analyzePrepared`, reading at most `maxWords` words of it. */
export function prepareArticle(
  input: Article,
  maxWords: number = DEFAULT_ANALYZE_OPTIONS.maxWords,
): PreparedArticle {
  return finishPrepare(startPrepare(boundArticle(input, maxWords)));
}

/**
 * Related coverage and corroborated quotations of a prepared article against `corpus`
 * (`options.maxWords` was applied when it was prepared).
 */
export function analyzePrepared(
  prepared: PreparedArticle,
  corpus: Corpus,
  options: Partial<AnalyzeOptions> = {},
): Report {
  return finishNow(analyzeSteps(prepared, corpus, options));
}

/**
 * `analyzePrepared` in steps, for a corpus whose texts are still in storage: each step
 * yields the docs whose texts it reads next (see `Steps`).
 */
export function* analyzeSteps(
  prepared: PreparedArticle,
  corpus: Corpus,
  options: Partial<AnalyzeOptions> = {},
): Steps<Report> {
  const opts = { ...DEFAULT_ANALYZE_OPTIONS, ...options };
  const { whole, cut, windowed, article, features } = prepared;
  const { related, scored } = yield* relatedSteps(
    article,
    corpus,
    relatedOptions(opts),
    features,
    prepared.related,
  );
  // Every quotation is checked, so the article's quotations need not be found again.
  let quotes = yield* corroborateSteps(
    article,
    features.quotes,
    corpus,
    scored,
    opts,
    features.quotes,
  );
  if (windowed) quotes = quotes.map((q) => fromWindows(q, windowed, (cut ?? whole).text));
  return { article: summarize(whole, cut), related, quotes };
}

/** Related coverage and corroborated quotations of `article` against `corpus`. */
export function analyze(
  input: Article,
  corpus: Corpus,
  options: Partial<AnalyzeOptions> = {},
): Report {
  return analyzePrepared(prepareArticle(input, options.maxWords), corpus, options);
}
