/**
 * The engine's one entry point: an article in, a report out. Pure and synchronous;
 * the CLI, the background worker and the benchmarks all call this.
 */
import { MAX_ANALYZED_WORDS, summarize, truncateArticle } from './article';
import { corroborateQuotes } from './corroborate';
import type { Corpus } from './corpus';
import { featurize } from './features';
import { withLanguage } from './language';
import type { BackgroundStats } from './background';
import type { Lexicon } from './lexicon';
import { findRelated, type Sensitivity } from './related';
import type { Article, Report } from './types';

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

/** Related coverage and corroborated quotations of `article` against `corpus`. */
export function analyze(
  input: Article,
  corpus: Corpus,
  options: Partial<AnalyzeOptions> = {},
): Report {
  const whole = withLanguage(input);
  // Only the first MAX_ANALYZED_WORDS words are analysed; offsets stay valid because the
  // cut text is a prefix of the whole text.
  const cut = truncateArticle(whole, options.maxWords);
  const article = cut ?? whole;
  const opts = { ...DEFAULT_ANALYZE_OPTIONS, ...options };
  const features = featurize(article);
  const { related, scored } = findRelated(
    article,
    corpus,
    { sensitivity: opts.sensitivity, limit: opts.maxRelated, background: opts.background },
    features,
  );
  const quotes = corroborateQuotes(article, features.quotes, corpus, scored, opts);
  return { article: summarize(whole, cut), related, quotes };
}
