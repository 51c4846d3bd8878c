/**
 * The data model shared by every part of Second Source. Plain data only, so that
 * every value here can cross a message boundary (structured clone / JSON) unchanged.
 *
 * Offsets everywhere count UTF-16 code units (JavaScript string indices) into
 * `Article.text`, and `end` is exclusive.
 */

/** Separator between paragraphs in `Article.text`. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** One news article, as extracted from a page or read from a corpus pack. */
export interface Article {
  /** Canonical URL of the article; the identity of an article in a corpus. */
  url: string;
  title: string;
  /** The outlet that published it ("The Harbour Ledger"). */
  source: string;
  /** Publication date as ISO 8601, or null when unknown. */
  published: string | null;
  /** Primary language subtag ("en", "ru", "de", "fr", "es"), or "und" when unknown. */
  language: string;
  byline: string | null;
  /** Body paragraphs, trimmed, without empty ones. */
  paragraphs: string[];
  /** `paragraphs.join(PARAGRAPH_SEPARATOR)`. */
  text: string;
  /**
   * True for an article known only by its title and summary (a news feed item whose
   * page could not be read). Absent otherwise.
   */
  summaryOnly?: boolean;
}

/** A statement is someone's words; a term is a short scare quote or a name in marks. */
export type QuoteKind = 'statement' | 'term';

/** How a speaker was found in the text around a quotation. */
export type AttributionMethod =
  /** "…," Name said / Name said: "…" (name before the verb) */
  | 'name-verb'
  /** "…," said Name (verb before the name) */
  | 'verb-name'
  /** according to Name / по словам Name / laut Name / selon Name / según Name */
  | 'according-to'
  /** Name told reporters "…" */
  | 'told'
  /** Name's statement / in Name's words */
  | 'possessive'
  /** Name: "…" */
  | 'colon'
  /** he/she said, resolved to the single named person nearby */
  | 'pronoun';

/** A quotation found in an article by the extractor. */
export interface ExtractedQuote {
  /** `article.text.slice(start, end)`: the words inside the marks, marks excluded. */
  text: string;
  /** UTF-16 offset in `Article.text` of the first character inside the opening mark. */
  start: number;
  /** UTF-16 offset just past the last character before the closing mark (exclusive). */
  end: number;
  /** Index in `Article.paragraphs` of the paragraph where the quotation opens. */
  paragraph: number;
  kind: QuoteKind;
  /** The opening and closing marks as they appear in the text. */
  marks: [open: string, close: string];
  /** The speaker's name as written in the article, or null when unknown. */
  speaker: string | null;
  speakerMethod: AttributionMethod | null;
  /**
   * Quotations nested inside this one ("He told me ‘never’ and left"), as UTF-16
   * offsets into `Article.text` of the words inside their marks (`end` exclusive),
   * in text order, deeper ones included. Absent when there are none. A nested
   * quotation is part of its parent's words and is not reported on its own.
   */
  inner?: { start: number; end: number }[];
}

/** The five verdicts a statement quotation can get. */
export type Verdict = 'verbatim' | 'fragment' | 'variant' | 'altered' | 'unverified';

/** Verdicts that mean "another outlet carries these words". `altered` is never one of them. */
export const CORROBORATING_VERDICTS: readonly Verdict[] = ['verbatim', 'fragment', 'variant'];

/** One difference that makes an aligned quotation `altered`. */
export interface QuoteDifference {
  type: 'number' | 'negation' | 'speaker';
  /** What this article says ("12", "not", "Ilse Brandvold"); empty when absent here. */
  ours: string;
  /** What the other outlet says; empty when absent there. */
  theirs: string;
}

/** One word-level diff segment between our quotation and a match. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  /** Words as written; `delete` is ours only, `insert` is theirs only. */
  text: string;
}

/** Another outlet's passage that matches one of our quotations. */
export interface QuoteMatch {
  url: string;
  source: string;
  title: string;
  published: string | null;
  /** The matching words in the other article, as written there. */
  text: string;
  /** Similarity in [0, 1]; 1 means the same words after normalisation. */
  similarity: number;
  /** How this passage relates to our quotation. */
  kind: Exclude<Verdict, 'unverified'>;
  /** True when the other article has these words inside quote marks. */
  quoted: boolean;
  /** Who the other article says spoke the words, when it says. */
  speaker: string | null;
  /** For `altered`: what differs. Empty otherwise. */
  differences: QuoteDifference[];
  /** Language of the other article ("und" when unknown). */
  language: string;
}

/** A quotation of the analysed article with its corroboration. */
export interface QuoteReport extends ExtractedQuote {
  verdict: Verdict;
  /** Number of independent outlets (syndicated copies and our own outlet excluded) that carry it. */
  outlets: number;
  /** Earliest publication date (ISO 8601) among the matches, or null. */
  earliest: string | null;
  /** Up to 40 characters of article text before `start`, for anchoring in the page. */
  prefix: string;
  /** Up to 40 characters of article text after `end`, for anchoring in the page. */
  suffix: string;
  /** Best match per article, best first. */
  matches: QuoteMatch[];
}

/** Why two articles are taken to be about the same story. */
export interface RelatedReason {
  kind: 'names' | 'places' | 'numbers' | 'quotes' | 'time' | 'text';
  /** A sentence fragment a reader understands: "shared names: Ilse Brandvold, Larsberg". */
  label: string;
  /** The names, places or figures shared, as they are written in the articles. */
  items?: string[];
  /** For `time`: how many days apart the two were published. */
  days?: number;
  /** For `text`: the other article is a copy of this page's text. */
  copy?: boolean;
}

export type Relation = 'same-story' | 'related';

/** A corpus article ranked as coverage of the analysed article's story. */
export interface RelatedArticle {
  url: string;
  title: string;
  source: string;
  published: string | null;
  language: string;
  /** Calibrated score in [0, 1]. */
  score: number;
  relation: Relation;
  reasons: RelatedReason[];
  /** Whole days between the two publication dates, or null when either is unknown. */
  daysApart: number | null;
  /** Syndicated copies and near-duplicates of this article, grouped under it. */
  copies: { url: string; source: string }[];
  /** Present (true) when the corpus holds only this article's title and summary. */
  summaryOnly?: boolean;
}

/** What describes an article apart from its text. */
export type ArticleMeta = Pick<
  Article,
  'url' | 'title' | 'source' | 'published' | 'language' | 'byline'
>;

/** The summary of the analysed article carried in a report. */
export interface ArticleSummary extends ArticleMeta {
  words: number;
  /**
   * Present when the article was too long to check whole: the number of words from its
   * start that were analysed ("Article too long: checked the first N words").
   */
  checkedWords?: number;
}

/** Everything the engine says about one article. */
export interface Report {
  article: ArticleSummary;
  related: RelatedArticle[];
  quotes: QuoteReport[];
}

/** One line of a corpus pack (JSONL), as documented in the README. */
export interface PackRecord {
  url: string;
  title: string;
  source: string;
  /** ISO 8601 date or date-time. */
  published: string;
  /** Plain body text, paragraphs separated by a blank line. */
  text: string;
  language?: string;
  byline?: string;
  /** True when `text` is only the article's summary (see `Article.summaryOnly`). */
  summaryOnly?: boolean;
}
