/**
 * Related coverage: which corpus articles tell the same story as the query article.
 * Candidates come from the inverted index (by wording, and by names, their consonant
 * skeletons and figures); each is then scored on facets a reader can check (shared names,
 * places, numbers, quotations, time, wording, evidence that survives translation),
 * combined by a logistic model (`scripts/fit-related.ts`).
 *
 * A pair's score depends on the two articles and the background word statistics only,
 * never on the rest of the corpus: the same pair gets the same score in a corpus of two
 * articles and in one of twenty thousand. The corpus only decides which articles are
 * candidates. A pair with no specific shared evidence of one event (a person, a telling
 * figure, quoted words or a distinctive phrase) is at most a related topic.
 */
import { publishedDay } from './article';
import { isoTime } from './iso-time';
import { nameRarity, wordRarity, type BackgroundStats } from './background';
import {
  declinesNames,
  DECLINING_LANGUAGES,
  entityKeys,
  featurize,
  looseKey,
  nameForms,
  nameSkeleton,
  nameStem,
  ARABIC_ARTICLE,
  isCaseless,
  SKELETON_PREFIX,
  SURNAME_PREFIX,
  STEM_PREFIX,
  wordStem,
  isYear,
  minhashSimilarity,
  quoteShingles,
  termCounts,
  type ArticleBase,
  type ArticleFeatures,
} from './features';
import type { Candidate, Corpus } from './corpus';
import { arabicJoinedKeys, conceptsOf, type Lexicon } from './lexicon';
import { finishNow, type Steps } from './steps';
import { ENTITY_PREFIX, NUMBER_PREFIX } from './features';
import { hash32, isStopword, latinKey, stripElision, tokenize, type Token } from './text';
import type { Article, RelatedArticle, RelatedReason, Relation } from './types';

export type Sensitivity = 'strict' | 'balanced' | 'lenient';

/** Score thresholds per sensitivity: at or above `same` is the same story, above `related` a related topic. */
export const RELATION_THRESHOLDS: Record<Sensitivity, { same: number; related: number }> = {
  strict: { same: 0.5, related: 0.3 },
  balanced: { same: 0.3, related: 0.2 },
  lenient: { same: 0.25, related: 0.12 },
};

/** Minimum MinHash similarity for two texts to count as copies of one original. */
export const COPY_SIMILARITY = 0.55;

/** Facet values of one candidate, each in [0, 1]. */
export interface Facets {
  lexical: number;
  entities: number;
  numbers: number;
  quotes: number;
  time: number;
  /**
   * Evidence that survives translation, for two articles in different languages: the
   * cosine of their word stems, name skeletons and figures, each weighted by its rarity
   * in ordinary text. 0 for two articles in one language, where the wording speaks.
   */
  cross: number;
}

/**
 * Logistic weights over the facets, fitted by `scripts/fit-related.ts --dev` on the
 * labelled demo corpus and the fit half of the development set (real news translated into
 * eight languages), the two weighing the same; rounded. The last refit moved only the
 * translation weight much (2.75 to 3.09), which is taken; its other weights (bias -3.68)
 * would lower the related threshold's reach on the demo, whose precision at k fell from
 * 0.991 to 0.985 with them, so the earlier ones stay.
 */
export const FACET_WEIGHTS = {
  bias: -3.98,
  lexical: 0,
  entities: 3.26,
  numbers: 0.85,
  quotes: 0.72,
  time: 3.7,
  cross: 4.23,
};

/** The calibrated same-story probability for a set of facets, in [0, 1]. */
export function combineFacets(f: Facets): number {
  const w = FACET_WEIGHTS;
  const z =
    w.bias +
    w.lexical * f.lexical +
    w.entities * f.entities +
    w.numbers * f.numbers +
    w.quotes * f.quotes +
    w.time * f.time +
    w.cross * f.cross;
  return 1 / (1 + Math.exp(-z));
}

export interface RelatedOptions {
  sensitivity: Sensitivity;
  /**
   * How common words and names are in ordinary text of each language (the shipped
   * background file). Null: rarity is judged by word length alone. Never the corpus's
   * own frequencies, so a pair scores the same in a corpus of any size.
   */
  background: BackgroundStats | null;
  /**
   * The concept lexicon (everyday news words in the languages we read, linked across
   * languages): its shared concepts are translation evidence. Null: none.
   */
  lexicon: Lexicon | null;
  /** At most this many entries (groups) returned. */
  limit: number;
  /** Candidates read from the index before reranking. */
  candidates: number;
}

export const DEFAULT_RELATED_OPTIONS: RelatedOptions = {
  sensitivity: 'balanced',
  background: null,
  lexicon: null,
  limit: 20,
  candidates: 60,
};

/** A scored candidate with what corroboration needs to know about it. */
export interface ScoredDoc {
  doc: number;
  score: number;
  facets: Facets;
  relation: Relation | null;
  /** True when this article is a copy of the query article (same text). */
  copyOfQuery: boolean;
  /** Doc id of the group representative (itself when it leads its group). */
  group: number;
  /**
   * True when the pair shares specific evidence of one event (a person or organisation,
   * a telling figure, quoted words or a distinctive phrase); without it the score is
   * capped below every same-story threshold.
   */
  anchored: boolean;
}

export interface RelatedResult {
  related: RelatedArticle[];
  scored: ScoredDoc[];
}

/**
 * Highest score of a pair with no specific shared evidence (no shared person or
 * organisation, telling figure, quotation or distinctive phrase): below every
 * same-story threshold, so such a pair is at most a related topic.
 */
export const UNANCHORED_CAP = 0.24;

/** Rarity (0–1) from which a shared name counts as a specific actor of the story. */
const SPECIFIC_NAME = 0.7;
/** Weight of a capitalised single German word between two German articles (any noun is capitalised). */
const GERMAN_WORD_WEIGHT = 0.05;
/** Rarity (0–1) of the words that make a shared word sequence distinctive. */
const PHRASE_RARITY = 0.6;
/**
 * Cosine of the translation evidence (see `Facets.cross`) from which two articles in
 * different languages tell one event, as a distinctive phrase does within one language.
 * On the fit half of the development set, 2% of the candidate pairs of two stories in two
 * languages reach it (most of them sharing a name), and 46% of the pairs of one story.
 */
const CROSS_ANCHOR = 0.2;
/** Rare stems two articles in different languages share that stand for a distinctive phrase. */
const SHARED_COGNATES = 3;
/** A candidate is read when its best possible score reaches this (the lowest related threshold)… */
const READ_FLOOR = 0.12;
/** …and its score without wording is below this (the strictest same-story threshold). */
const READ_CEILING = 0.5;

/**
 * Closeness in time, in [0, 1]. It only means something for articles about the same
 * people and places: on any day, most articles published are about other things, and
 * two stories on one topic share wording but not names.
 */
function timeFacet(daysApart: number | null, entities: number, lexical: number): number {
  const closeness = daysApart === null ? 0.3 : Math.exp(-daysApart / 4);
  return closeness * Math.min(1, 2.5 * Math.max(entities, 0.4 * lexical));
}

/** Letters a single-word name's inflected or transliterated forms have in common. */
const NAME_PREFIX = 5;
/**
 * Shared name weight (about one rare name and a half) from which the names facet can be
 * full; below it the facet is scaled down. On the fit half of the development set, pairs
 * of two stories that share one name and nothing else were most of the false same-story.
 */
const SHARED_NAMES_FULL = 1.5;
/** Places say where, not what: they weigh less than people and organisations. */
const PLACE_WEIGHT = 0.8;
/** Cosines of whole word profiles run lower than those of salient terms: scaled to [0, 1]. */
const LEXICAL_SCALE = 2;

/**
 * Weight of a name (0–1) and whether it is specific enough to tie two articles to one
 * event. German capitalises every noun, so a single capitalised German word is taken as
 * a name only when the other article is in a language that capitalises names alone and
 * has it too; between two German articles it is weak evidence, never specific.
 */
function entityWeight(
  bg: BackgroundStats | null,
  key: string,
  isPlace: boolean,
  language: string,
  otherLanguage: string,
): { weight: number; specific: boolean } {
  const rarity = nameRarity(bg, key, declinesNames(language));
  const germanNoun = !isPlace && !key.includes(' ') && language === 'de' && otherLanguage === 'de';
  const weight = (germanNoun ? GERMAN_WORD_WEIGHT : 1) * rarity * (isPlace ? PLACE_WEIGHT : 1);
  return { weight, specific: !germanNoun && rarity >= SPECIFIC_NAME };
}

/**
 * The name each of an article's name keys stands for: a key `entityKeys` adds for a
 * longer name (its last word, or that word's first letters) stands for that name, so
 * "donald trump" and "trump" are one person, "internece" and "intern" one word; every
 * other key stands for itself. Two names ending in the same word ("Veltmark Central
 * Bank", "Korvenia Central Bank") stay two.
 */
function nameGroups(keys: Iterable<string>): Map<string, string> {
  const list = [...keys];
  const byEnding = new Map<string, string>();
  // Names of several words first: "trump" is Donald Trump's where the article has both.
  for (const several of [true, false])
    for (const k of list) {
      if (k.includes(' ') !== several) continue;
      const last = k.slice(k.lastIndexOf(' ') + 1);
      for (const e of [last, last.slice(0, SURNAME_PREFIX)])
        if (e !== k && !byEnding.has(e)) byEnding.set(e, k);
    }
  const groups = new Map<string, string>();
  for (const k of list) groups.set(k, (!k.includes(' ') && byEnding.get(k)) || k);
  return groups;
}

/**
 * A figure that tells one story from another: not a year (excluded earlier) and not a
 * small whole number such as a day of the month or a count every story mentions.
 */
function specificNumber(n: string): boolean {
  if (isYear(n)) return false;
  return !/^\d{1,2}$/.test(n);
}

/** An article's words weighted for comparison, and its distinctive word sequences. */
interface TextProfile {
  /** Content words with their counts (title words three times). */
  words: Map<string, number>;
  weights: Map<string, number>;
  norm: number;
  /**
   * Stems, name skeletons, figures and lexicon concepts only: what a translation keeps
   * (see `Facets.cross`). Built on first use: only a pair in two languages needs it.
   */
  readonly cross: CrossProfile;
  /** Hashes of three consecutive content words of which at least two are rare. */
  phrases: Set<number>;
}

/** Word-sequence hashes kept per article, at most (bounds the work on very long texts). */
const MAX_PHRASES = 2000;

/** Letters of a word's beginning kept as its stem in the wording, and the stem's weight. */
const STEM_LETTERS = 5;
const LEXICAL_STEM = '~~';
const STEM_WEIGHT = 0.35;
/**
 * Cosines of translation evidence run low (most words have no cognate): the facet rises
 * from 0 at this cosine (what two stories on one topic share)…
 */
const CROSS_FLOOR = 0.1;
/** …to 1 at this one (as from `CROSS_ANCHOR`: the facet is full where it anchors a pair). */
const CROSS_FULL = 0.2;

/**
 * Key prefix and weight of a lexicon concept in the translation evidence. On the fit half
 * of the development set a heavier concept finds more translations still, but the demo
 * corpus's stories on one topic in two languages share many concepts: from 0.7, two rate
 * decisions of two central banks months apart become a related topic, which in a corpus of
 * 10,000 articles they are not even candidates for (their relation then depends on the
 * corpus's size), and from 1.0 such stories start to be called one story.
 */
const CONCEPT_PREFIX = '\u0004';
const CONCEPT_WEIGHT = 0.65;

/** Boosts of names and figures in the word vector: they survive translation. */
const NAME_BOOST = 1.6;
const NUMBER_BOOST = 1.3;

/**
 * The profile of an article from its title and text, with its name keys and figures
 * (as the index stores them) counted as words too.
 */
function textProfile(
  title: string,
  text: string,
  language: string,
  bg: BackgroundStats | null,
  nameKeys: Iterable<string>,
  numbers: Iterable<string>,
  lexicon: Lexicon | null,
): TextProfile {
  const body = tokenize(text, language);
  const titleTokens = tokenize(title, language);
  const counts = termCounts(titleTokens, body, language);
  const weights = new Map<string, number>();
  let sum = 0;
  const put = (k: string, x: number) => {
    weights.set(k, x);
    sum += x * x;
  };
  // Word beginnings in Latin letters stand for inflected forms and cognates ("satélite",
  // "Satellit", "satellite"), which work in languages we have no table or stemmer for.
  const stems = new Map<string, number>();
  for (const [w, tf] of counts) {
    const x = (1 + Math.log(tf)) * wordRarity(bg, language, w);
    put(w, x);
    if (w.length < STEM_LETTERS) continue;
    const stem = LEXICAL_STEM + latinKey(w).slice(0, STEM_LETTERS);
    stems.set(stem, Math.max(stems.get(stem) ?? 0, STEM_WEIGHT * x));
  }
  for (const [k, x] of stems) put(k, x);
  const declined = declinesNames(language);
  for (const k of nameKeys) put(ENTITY_PREFIX + k, NAME_BOOST * nameRarity(bg, k, declined));
  for (const n of numbers)
    if (informativeNumber(n)) put(NUMBER_PREFIX + n, NUMBER_BOOST * (specificNumber(n) ? 1 : 0.5));
  let cross: CrossProfile | null = null;
  const phrases = new Set<number>();
  const content: { w: string; rare: boolean }[] = [];
  for (const t of body) {
    if (t.isNumber) continue;
    const w = stripElision(t.norm);
    if (w.length < 2 || isStopword(w, language)) continue;
    content.push({ w, rare: wordRarity(bg, language, w) >= PHRASE_RARITY });
  }
  for (let i = 0; i + 3 <= content.length && phrases.size < MAX_PHRASES; i++) {
    const a = content[i]!;
    const b = content[i + 1]!;
    const c = content[i + 2]!;
    if (+a.rare + +b.rare + +c.rare >= 2) phrases.add(hash32(`${a.w} ${b.w} ${c.w}`));
  }
  return {
    words: counts,
    weights,
    norm: Math.sqrt(sum) || 1,
    get cross() {
      cross ??= crossProfile(
        body,
        counts,
        language,
        bg,
        nameKeys,
        withTitleNumbers(numbers, titleTokens),
        lexicon,
      );
      return cross;
    },
    phrases,
  };
}

/**
 * The translation evidence of an article (see `TextProfile.cross`), with the squared
 * weight of each kind of evidence apart: a pair is compared only on the kinds both
 * articles can have (see `crossCosine`).
 */
interface CrossProfile {
  weights: Map<string, number>;
  /** Sums of squared weights of word stems, lexicon concepts, and names and figures. */
  stems: number;
  concepts: number;
  names: number;
  /** True when the article's language has concepts in the lexicon. */
  inLexicon: boolean;
  /** Number of rare people and organisations the article names (their distinct skeletons). */
  rare: number;
}

/** Key prefix, letters and weight (as a share of the word's) of a word's shorter stem. */
const SHORT_STEM_PREFIX = STEM_PREFIX + '4';
const SHORT_STEM_LETTERS = 4;
const SHORT_STEM_WEIGHT = 0.6;

/**
 * A word as its cognates in other languages are most often spelled, for its stem: "x" as
 * "ks" ("annexed", "аннексированном"), the Cyrillic "ц" as the Latin "c" it most often
 * stands for ("центр", "centre"; "полиция", "police").
 */
function cognateSpelling(w: string): string {
  return w.replace(/x/g, 'ks').replace(/ц/g, 'к');
}

/** An article's figures with those of its title (the index keeps the body's only). */
function withTitleNumbers(numbers: Iterable<string>, title: Token[]): string[] {
  const out = new Set(numbers);
  for (const t of title) if (t.isNumber && !isYear(t.norm)) out.add(t.norm);
  return [...out];
}

/** The translation evidence of an article (see `TextProfile.cross`). */
function crossProfile(
  body: Token[],
  counts: Map<string, number>,
  language: string,
  bg: BackgroundStats | null,
  nameKeys: Iterable<string>,
  numbers: Iterable<string>,
  lexicon: Lexicon | null,
): CrossProfile {
  const cross = new Map<string, number>();
  for (const [w, tf] of counts) {
    const stem = wordStem(cognateSpelling(w));
    if (!stem) continue;
    const x = (1 + Math.log(tf)) * wordRarity(bg, language, w);
    const k = STEM_PREFIX + stem;
    cross.set(k, Math.max(cross.get(k) ?? 0, x));
    // Four letters as well, weaker: inflection and transliteration often change the
    // fifth ("Crimea", "Крыму").
    const k4 = SHORT_STEM_PREFIX + stem.slice(0, SHORT_STEM_LETTERS);
    cross.set(k4, Math.max(cross.get(k4) ?? 0, SHORT_STEM_WEIGHT * x));
  }
  // Words the lexicon knows as translations of each other, however unlike they look.
  // They are everyday news words: each weighs a little less than a rare word (see
  // CONCEPT_WEIGHT).
  if (lexicon)
    for (const w of counts.keys())
      for (const id of conceptsOf(lexicon, w, language))
        cross.set(CONCEPT_PREFIX + id, CONCEPT_WEIGHT);
  for (const k of nameKeys) {
    // German capitalises every noun: only a name of several words is surely a name.
    if (language === 'de' && !k.includes(' ')) continue;
    const sk = nameSkeleton(k.slice(k.lastIndexOf(' ') + 1));
    const x = NAME_BOOST * nameRarity(bg, k, declinesNames(language));
    if (sk) cross.set(SKELETON_PREFIX + sk, Math.max(cross.get(SKELETON_PREFIX + sk) ?? 0, x));
  }
  // Words of a script without capitals may be names: their skeletons count, weakly.
  for (const [k, x] of wordSkeletons(body, language)) if (!cross.has(k)) cross.set(k, x);
  for (const n of numbers)
    if (informativeNumber(n))
      cross.set(NUMBER_PREFIX + n, NUMBER_BOOST * (specificNumber(n) ? 1 : 0.5));
  let stems = 0;
  let concepts = 0;
  let names = 0;
  let rare = 0;
  for (const [k, x] of cross) {
    if (k.startsWith(STEM_PREFIX)) stems += x * x;
    else if (k.startsWith(CONCEPT_PREFIX)) concepts += x * x;
    else {
      names += x * x;
      // A word's skeleton never weighs as much as a rare name's.
      if (k.startsWith(SKELETON_PREFIX) && x >= RARE_NAME) rare++;
    }
  }
  return {
    weights: cross,
    stems,
    concepts,
    names,
    inLexicon: !!lexicon?.languages.has(language),
    rare,
  };
}

/**
 * Cosine of two articles' translation evidence over the kinds of evidence both can have:
 * word stems only when both languages' words give stems (Arabic words give none), lexicon
 * concepts only when both languages are in the lexicon. Evidence the other article
 * cannot have would only lower the cosine of every pair in that language. With it, how
 * many names and figures the two share (`names`), whether their words were compared, and
 * the share of their concepts they have in common (see `SHARED_CONCEPTS`).
 */
function crossCosine(
  a: CrossProfile,
  b: CrossProfile,
): { cosine: number; names: number; words: boolean; concepts: number } {
  const words = a.stems > 0 && b.stems > 0;
  const concepts = a.inLexicon && b.inLexicon;
  const norm = (p: CrossProfile) =>
    Math.sqrt(p.names + (words ? p.stems : 0) + (concepts ? p.concepts : 0)) || 1;
  const [small, large] =
    a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  let names = 0;
  let shared = 0;
  let sharedRare = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    dot += x * y;
    if (k.startsWith(CONCEPT_PREFIX)) shared++;
    else if (!k.startsWith(STEM_PREFIX)) {
      names++;
      if (k.startsWith(SKELETON_PREFIX) && Math.min(x, y) >= RARE_NAME) sharedRare++;
    }
  }
  // Compared on names and figures alone, one of them shared makes a high cosine by chance
  // as often as not: it counts half.
  const scale = !words && names < 2 ? 0.5 : 1;
  // Two articles that each name rare people or organisations and share none of them are
  // two stories however many concepts they share (a figure may be a topic's: a rate). One
  // name each is not enough to tell, two are: a capitalised common word passes for a name.
  // On the fit half of the development set, of the pairs sharing three concepts and no rare
  // name, 300 of one story and 183 of two stories give one each, 89 and 72 two each.
  const differ = a.rare > 1 && b.rare > 1 && !sharedRare;
  return {
    cosine: scale * Math.min(1, dot / (norm(a) * norm(b))),
    names,
    words,
    // Every concept weighs CONCEPT_WEIGHT: the squared sums count them.
    concepts:
      concepts && shared >= SHARED_CONCEPTS && !differ
        ? (shared * CONCEPT_WEIGHT ** 2) / Math.min(a.concepts, b.concepts)
        : 0,
  };
}

/**
 * Weight in the translation evidence from which a name's skeleton is that of a specific
 * actor (a word's skeleton never reaches it).
 */
const RARE_NAME = NAME_BOOST * SPECIFIC_NAME;
/**
 * Concepts two articles in two languages must share to be compared on them, and the share
 * of the fewer concepts of the two from which they tell one event as rare cognates do: a
 * translation keeps most of its original's concepts, two stories on one topic share the
 * topic's few. The translation facet rises from 0 at `CONCEPT_SHARE_FLOOR` of them to 1
 * at 0.42 (`CONCEPT_SHARE_SLOPE`). On the fit half of the development set, with the
 * lexicon of 1,204 concepts, a floor of 0.22 instead of 0.25 called 31 more pairs of one
 * story the same story and 14 more of two stories (recall 0.894 to 0.901, precision 0.956
 * to 0.953); 0.2 called 34 and 22 more. With the Polish, Russian, Turkish, Arabic and
 * German forms added to 217 concepts, which find more of each translation's concepts, an
 * anchoring share of 0.43 instead of 0.4 (which leaves out three concepts of seven)
 * called 16 fewer pairs of one story the same story and 26 fewer of two stories (0.45: 44
 * and 32 fewer).
 */
const SHARED_CONCEPTS = 3;
const CONCEPT_SHARE = 0.43;
const CONCEPT_SHARE_FLOOR = 0.22;
const CONCEPT_SHARE_SLOPE = 5; // 1 / (0.42 - CONCEPT_SHARE_FLOOR)

/**
 * Weight (as a share) of a word's skeleton in a script without capitals when it has
 * three consonants only, or the article joined to the word (on the fit half of the
 * development set, such matches between two stories outnumber those within one more than four to one).
 */
const SHORT_SKELETON = 0.5;

/**
 * Skeletons of the words of a script without capitals (see `nameSkeletons`), weighted by
 * how likely the word is a name: a word with the article joined to it rarely is, and a
 * skeleton of three consonants matches many words of other stories.
 */
function wordSkeletons(body: Token[], language: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!isCaseless(language)) return out;
  for (const t of body) {
    if (t.isNumber || t.norm.length < 3) continue;
    const sk = nameSkeleton(t.norm);
    if (!sk) continue;
    const x =
      SKELETON_WEIGHT *
      (sk.length < 4 ? SHORT_SKELETON : 1) *
      (ARABIC_ARTICLE.test(t.norm) ? SHORT_SKELETON : 1);
    const k = SKELETON_PREFIX + sk;
    out.set(k, Math.max(out.get(k) ?? 0, x));
  }
  return out;
}

/** Cosine similarity of two weighted word sets, in [0, 1]. */
function cosine(a: Map<string, number>, aNorm: number, b: Map<string, number>, bNorm: number) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  return Math.min(1, dot / (aNorm * bNorm));
}

/** Numbers that carry information: not a bare 0–10, which every story mentions. */
function informativeNumber(n: string): boolean {
  return n.length > 1 || !/^\d$/.test(n);
}

/**
 * The query's names, name skeletons and figures as a query vector over the corpus's
 * terms, each weighted by its rarity in ordinary text (the background statistics), so
 * that the articles sharing its rarest names come first whatever else the corpus holds.
 */
function evidenceVector(
  f: ArticleBase,
  corpus: Corpus,
  bg: BackgroundStats | null,
): { ids: number[]; weights: number[] } {
  const weights = new Map<number, number>();
  const put = (term: string, w: number) => {
    const id = corpus.termIdOf(term);
    if (id !== undefined && w > 0) weights.set(id, Math.max(weights.get(id) ?? 0, w));
  };
  // The forms a declining language gives a name ("Tuska", "Tuskowi"), from the name as
  // written in any language or from one of those forms; looked up only where there are
  // articles in such a language to find.
  const declined =
    declinesNames(f.language) || DECLINING_LANGUAGES.some((l) => corpus.hasLanguage(l));
  for (const e of f.entities) {
    // Between German articles a single capitalised word is any noun (see entityWeight).
    const weak = f.language === 'de' && !e.key.includes(' ');
    for (const key of entityKeys(e)) {
      const w = (weak ? 0.3 : 1) * nameRarity(bg, key, declinesNames(f.language)) ** 2;
      put(ENTITY_PREFIX + key, w);
      if (declined && !key.includes(' '))
        for (const form of nameForms(nameStem(key))) put(ENTITY_PREFIX + form, w);
    }
  }
  // In a script without capitals every word gives a skeleton: there the skeletons the
  // corpus's articles share least stand for names, the rest for everyday words (this only
  // chooses candidates; no pair's score depends on the corpus).
  const caseless = isCaseless(f.language);
  const maxIdf = corpus.idf(-1);
  for (const k of f.skeletons.keys()) {
    const id = corpus.termIdOf(k);
    const rare = caseless && id !== undefined ? (corpus.idf(id) / maxIdf) ** 2 : 1;
    put(k, SKELETON_WEIGHT * rare);
  }
  for (const n of f.numbers)
    if (informativeNumber(n)) put(NUMBER_PREFIX + n, specificNumber(n) ? 0.8 : 0.2);
  return { ids: [...weights.keys()], weights: [...weights.values()] };
}
/**
 * Specific evidence of one event that the index stores for a pair: a shared specific
 * person or organisation, a telling figure (or two figures) or quoted words.
 */
function storedAnchor(p: { sharedActor: boolean; sharedNums: string[]; quoteHits: number }) {
  return (
    p.sharedActor ||
    p.sharedNums.some(specificNumber) ||
    p.sharedNums.length >= 2 ||
    p.quoteHits >= 2
  );
}

/**
 * Proposing candidates through the query's concepts (see `startRelated`): its concepts
 * asked for, at most (the rarest in ordinary text), and the articles in other languages
 * proposed, at most. An article is proposed when the words of those concepts make up
 * enough of its indexed wording (the index's dot product of its unit term vector with
 * those words, each weighing 1): 0.3 where either article is in a script without capitals
 * (an Arabic article shares no word stem with any other, so its concepts are all the
 * wording two translations share), 0.5 elsewhere: two stories on one topic share a few
 * concepts, and their texts would be read for nothing. On the fit half of the development
 * set this brings 491 of its 757 same-story pairs that were never candidates among them
 * (421 more pairs called one story) and 15 more pairs of two stories called one story.
 * The caseless share was 0.4 at first; with Arabic words found under their joined
 * proclitics too (`arabicJoinedKeys`), 0.3 brings 18 more same-story pairs of the fit half
 * and 5 more false ones (0.25: one more of each). Once names no longer made false pairs
 * of their own (nameGroups, the cut keys' rarity), asking for 20 concepts instead of 12
 * and proposing from 0.5 instead of 0.7 found 34 more same-story pairs of the fit half
 * and 20 more false ones (P@k 0.958 to 0.964; 0.4 gave 3 more of each, 30 concepts none
 * more found).
 */
const CONCEPT_QUERY = 20;
const CONCEPT_CANDIDATES = 20;
const CONCEPT_SHARE_CASELESS = 0.3;
const CONCEPT_SHARE_PROPOSED = 0.5;

/**
 * The articles proposed through the query's concepts (see `CONCEPT_QUERY`): those that use
 * the words of its rarest concepts (each as rare as the query's last word for it), found
 * by the index keys of their words in every language, compiled into the lexicon
 * (`Lexicon.terms`).
 */
function conceptCandidates(
  words: Map<string, number>,
  language: string,
  lexicon: Lexicon,
  bg: BackgroundStats | null,
  corpus: Corpus,
): Candidate[] {
  const rarity = new Map<number, number>();
  for (const w of words.keys())
    for (const id of conceptsOf(lexicon, w, language)) rarity.set(id, wordRarity(bg, language, w));
  const ids = new Set<number>();
  // An Arabic word is also indexed with the conjunctions and prepositions joined to it;
  // those keys are looked up only where there is Arabic to find (about 0.3–0.9 ms a query).
  const arabic = corpus.hasLanguage('ar');
  for (const [id] of [...rarity].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CONCEPT_QUERY))
    for (const key of `${(lexicon.terms as unknown[] | undefined)?.[id] ?? ''}`.split(' ')) {
      for (const k of arabic ? [key, ...arabicJoinedKeys(key)] : [key]) {
        const t = corpus.termIdOf(k);
        if (t !== undefined) ids.add(t);
      }
    }
  const terms = [...ids];
  return corpus
    .candidates({ ids: terms, weights: terms.map(() => 1) }, 3 * CONCEPT_CANDIDATES)
    .filter(
      (c) =>
        c.score >=
        (isCaseless(language) || isCaseless(corpus.language(c.doc))
          ? CONCEPT_SHARE_CASELESS
          : CONCEPT_SHARE_PROPOSED),
    );
}

/** Weight of a shared name skeleton among the evidence candidates come from. */
const SKELETON_WEIGHT = 0.4;

/**
 * Rank the corpus articles about the same story as `article`. The article's own URL is
 * never listed. Copies of one text are grouped under the highest-scoring one.
 */
export function findRelated(
  article: Article,
  corpus: Corpus,
  options: Partial<RelatedOptions> = {},
  features?: ArticleFeatures,
): RelatedResult {
  return finishNow(relatedSteps(article, corpus, options, features));
}

/**
 * What `relatedSteps` reads first, from the article's features but its quotations: the
 * candidates its wording and its rarest evidence propose, and its text profile. A
 * worker's first analysis works it out while the article's quotations are still being
 * found (see `startRelated`).
 */
export interface RelatedStart {
  readonly corpus: Corpus;
  /** `corpus.revision` when it was read: a start is used only while it is unchanged. */
  readonly revision: number;
  readonly candidates: number;
  readonly background: BackgroundStats | null;
  readonly lexicon: Lexicon | null;
  /** Candidate docs, with their wording score (0: proposed by the evidence). */
  readonly candidateDocs: ReadonlyMap<number, number>;
  readonly profile: TextProfile;
}

/** The start of `relatedSteps` for `article` and its features `f` (quotations not needed). */
export function startRelated(
  article: Article,
  corpus: Corpus,
  options: Partial<RelatedOptions>,
  f: ArticleBase,
): RelatedStart {
  const opts = { ...DEFAULT_RELATED_OPTIONS, ...options };
  const qvec = corpus.queryVector(f);
  const cands = corpus.candidates(qvec, opts.candidates);
  const candidateDocs = new Map<number, number>(cands.map((c) => [c.doc, c.score]));
  // The wording's candidates follow the corpus: in a large one, articles sharing common
  // words crowd out a translation that shares only names and figures. So the articles
  // that share the query's names, their skeletons and its figures are proposed as well,
  // ranked by how rare those are in ordinary text (not in this corpus).
  // In a script without capitals every word gives a skeleton, so the articles in the
  // query's own language, which share its common words, would crowd out the translations
  // these candidates are for; the wording has already proposed those.
  const evidence = evidenceVector(f, corpus, opts.background);
  const evidenceLimit = Math.ceil(opts.candidates / 2);
  const caseless = isCaseless(f.language);
  /** Adds up to `limit` of `found` (in other languages only when `apart`) to the candidates. */
  const propose = (found: Candidate[], limit: number, apart: boolean) => {
    for (const c of found) {
      if (apart && corpus.language(c.doc) === f.language) continue;
      if (limit-- <= 0) break;
      if (!candidateDocs.has(c.doc)) candidateDocs.set(c.doc, 0);
    }
  };
  propose(
    corpus.candidates(evidence, caseless ? 3 * evidenceLimit : evidenceLimit),
    evidenceLimit,
    caseless,
  );
  const profile = textProfile(
    article.title,
    article.text,
    f.language,
    opts.background,
    new Set(f.entities.flatMap((e) => entityKeys(e))),
    f.numbers,
    opts.lexicon,
  );
  // A translation that shares no name, figure or cognate with the query (an Arabic one
  // shares no word) still uses the words the lexicon gives for the query's concepts: the
  // articles in other languages that use those of its rarest concepts are proposed too.
  if (opts.lexicon)
    propose(
      conceptCandidates(profile.words, f.language, opts.lexicon, opts.background, corpus),
      CONCEPT_CANDIDATES,
      true,
    );
  return {
    corpus,
    revision: corpus.revision,
    candidates: opts.candidates,
    background: opts.background,
    lexicon: opts.lexicon,
    candidateDocs,
    profile,
  };
}

/**
 * `findRelated` in steps: it first ranks the candidates on what the index stores, then
 * yields the candidates whose texts it reads (see `Steps`). `start`: its first part,
 * worked out already for this article (`startRelated`); used when it was read from this
 * corpus as it is, with these options.
 */
export function* relatedSteps(
  article: Article,
  corpus: Corpus,
  options: Partial<RelatedOptions> = {},
  features?: ArticleFeatures,
  start?: RelatedStart,
): Steps<RelatedResult> {
  const opts = { ...DEFAULT_RELATED_OPTIONS, ...options };
  const thresholds = RELATION_THRESHOLDS[opts.sensitivity];
  const f = features ?? featurize(article);
  const started =
    start &&
    start.corpus === corpus &&
    start.revision === corpus.revision &&
    start.candidates === opts.candidates &&
    start.background === opts.background &&
    start.lexicon === opts.lexicon
      ? start
      : startRelated(article, corpus, opts, f);
  const candidateDocs = new Map(started.candidateDocs);
  // Articles that share quotations are strong candidates even with little shared wording.
  // Only articles sharing at least two of the quotation 4-grams join (one is often a stock
  // phrase), the most shared first.
  const sharedQuotes = corpus.docsWithQuoteHashes(f.quoteHashes, opts.candidates);
  const quoteCandidates = [...sharedQuotes]
    .filter(([, n]) => n >= 2)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, Math.ceil(opts.candidates / 2));
  for (const [d] of quoteCandidates) if (!candidateDocs.has(d)) candidateDocs.set(d, 0);

  // Query-side entity and number ids with their weights. Weights come from the background
  // statistics (how rare a name is in ordinary text), never from this corpus.
  const bg = opts.background;
  // Each query name has two weights: against a German article and against any other
  // (see entityWeight).
  const qEnt = new Map<
    string,
    {
      text: string;
      type: 'name' | 'place';
      weight: { de: number; other: number };
      specific: { de: boolean; other: boolean };
      order: number;
    }
  >();
  const qEntList: string[] = [];
  for (const e of f.entities) {
    for (const key of entityKeys(e)) {
      const seen = qEnt.get(key);
      if (seen) {
        // A dateline's "LARSBERG" is shown as the text writes it elsewhere.
        if (seen.text === seen.text.toUpperCase() && e.text !== e.text.toUpperCase())
          qEntList[seen.order] = seen.text = e.text;
        continue;
      }
      const de = entityWeight(bg, key, e.type === 'place', f.language, 'de');
      const other = entityWeight(bg, key, e.type === 'place', f.language, 'und');
      // A word the lexicon lists as news vocabulary ("Senate", "Americans", "Internecie")
      // is no actor of one story, capitalised or not.
      const word =
        !e.text.includes(' ') &&
        conceptsOf(opts.lexicon, e.text.normalize('NFKC').toLowerCase(), f.language).length > 0;
      qEnt.set(key, {
        text: e.text,
        type: e.type,
        weight: { de: de.weight, other: other.weight },
        specific: { de: de.specific && !word, other: other.specific && !word },
        order: qEntList.length,
      });
      qEntList.push(e.text);
    }
  }
  // Single-word names by their first letters, for inflected and transliterated forms
  // ("Кострова" and "Kostrovoi" both start "kostr").
  const qByPrefix = new Map<string, string[]>();
  const qByLoose = new Map<string, string>();
  // Single-word names by their stem, for two articles one of which is in a language that
  // declines names ("Dossa", "Доссом" and "Doss"): see `nameStem`.
  const qByStem = new Map<string, string>();
  const stemsCount = declinesNames(f.language);
  for (const key of qEnt.keys()) {
    const loose = looseKey(key);
    if (!qByLoose.has(loose)) qByLoose.set(loose, key);
    if (key.includes(' ')) continue;
    const stem = looseKey(nameStem(key));
    if (!qByStem.has(stem)) qByStem.set(stem, key);
    if (loose.length < NAME_PREFIX) continue;
    const p = loose.slice(0, NAME_PREFIX);
    const list = qByPrefix.get(p);
    if (list) list.push(key);
    else qByPrefix.set(p, [key]);
  }
  const seenIds = new Map<
    number,
    {
      key: string;
      exact: string | undefined;
      prefix: string[] | undefined;
      stem: string | undefined;
    }
  >();
  // A person counts once however many of their keys match ("Donald Trump" and its "trump",
  // "Internecie" and its "intern"): weights add up across names, not keys (see `nameGroups`).
  const qGroupOf = nameGroups(qEnt.keys());
  const qGroups = new Map<string, { de: number; other: number }>();
  for (const [key, e] of qEnt) {
    const g = qGroups.get(qGroupOf.get(key)!);
    if (g) {
      g.de = Math.max(g.de, e.weight.de);
      g.other = Math.max(g.other, e.weight.other);
    } else qGroups.set(qGroupOf.get(key)!, { ...e.weight });
  }
  const qEntWeight = { de: 0, other: 0 };
  for (const w of qGroups.values()) {
    qEntWeight.de += w.de;
    qEntWeight.other += w.other;
  }
  const qNum = new Map<number, { order: number }>();
  const qNumList: string[] = [];
  for (const n of f.numbers) {
    if (!informativeNumber(n)) continue;
    const id = corpus.termIdOf(NUMBER_PREFIX + n);
    if (id !== undefined && !qNum.has(id)) {
      qNum.set(id, { order: qNumList.length });
      qNumList.push(n);
    }
  }
  const qDay = publishedDay(article.published);
  // Each candidate's count of the query's quotation 4-grams, read from the index's
  // postings without its early stop: the same count as on the two articles' own 4-grams,
  // whatever the corpus, without deriving every article's 4-grams on a new worker's first query.
  const quoteHitsOf = f.quoteHashes.length
    ? corpus.docsWithQuoteHashes(new Set(f.quoteHashes), Infinity)
    : new Map<number, number>();
  const qStatementCount = Math.max(1, f.quotes.filter((q) => q.kind === 'statement').length);
  const qProfile = started.profile;

  const scored: (ScoredDoc & { reasons: RelatedReason[]; daysApart: number | null })[] = [];
  const ownHash = hash32(article.url);
  // First the evidence the index stores (names, figures, quotations, dates); then the
  // whole wording, read from the texts, for the candidates with some such evidence.
  const pre = [];
  for (const [doc] of candidateDocs) {
    if (corpus.isUrl(doc, article.url, ownHash)) continue;
    const docLanguage = corpus.language(doc);
    const side = docLanguage === 'de' ? 'de' : 'other';
    const ents = corpus.entities(doc);
    const sharedByGroup = new Map<string, number>();
    const dByGroup = new Map<string, number>();
    let sharedActor = false;
    // Shared names, places and figures are listed in the order this page gives them, not
    // the stored order of the other article's lists.
    const sharedNames: number[] = [];
    const sharedPlaces: number[] = [];
    const matched = new Set<string>();
    const dKnown = Array.from(ents.ids, (id) => {
      // One lookup per name id and query: the same names recur across candidates.
      let known = seenIds.get(id);
      if (!known) {
        const key = corpus.term(id).slice(ENTITY_PREFIX.length);
        const loose = looseKey(key);
        const exact = qEnt.has(key) ? key : qByLoose.get(loose);
        const prefix =
          !key.includes(' ') && loose.length >= NAME_PREFIX
            ? qByPrefix.get(loose.slice(0, NAME_PREFIX))
            : undefined;
        const stem = key.includes(' ') ? undefined : qByStem.get(looseKey(nameStem(key)));
        known = { key, exact, prefix, stem };
        seenIds.set(id, known);
      }
      return known;
    });
    const dGroupOf = nameGroups(dKnown.map((k) => k.key));
    for (let i = 0; i < ents.ids.length; i++) {
      const isPlace = ents.types[i] === 1;
      const { key, exact, prefix, stem } = dKnown[i]!;
      const dGroup = dGroupOf.get(key)!;
      dByGroup.set(
        dGroup,
        Math.max(
          dByGroup.get(dGroup) ?? 0,
          entityWeight(bg, key, isPlace, docLanguage, f.language).weight,
        ),
      );
      let qKey: string | undefined = exact;
      if (qKey !== undefined && matched.has(qKey)) qKey = undefined;
      if (qKey === undefined && prefix) qKey = prefix.find((k) => !matched.has(k));
      if (
        qKey === undefined &&
        stem !== undefined &&
        !matched.has(stem) &&
        (stemsCount || declinesNames(docLanguage))
      )
        qKey = stem;
      const q = qKey === undefined ? undefined : qEnt.get(qKey);
      if (q && qKey !== undefined) {
        matched.add(qKey);
        const g = qGroupOf.get(qKey)!;
        sharedByGroup.set(g, Math.max(sharedByGroup.get(g) ?? 0, q.weight[side]));
        const place = q.type === 'place' || isPlace;
        if (!place && q.specific[side]) sharedActor = true;
        (place ? sharedPlaces : sharedNames).push(q.order);
      }
    }
    // Shared weight over the smaller side's: a short wire story naming four people shares
    // all of them with a long feature naming twenty. But one name both mention (a
    // president, a platform) is not the whole of two stories however few names they have:
    // the facet is full from the weight of one rare name and a half.
    let shared = 0;
    for (const w of sharedByGroup.values()) shared += w;
    let dWeight = 0;
    for (const w of dByGroup.values()) dWeight += w;
    const entities =
      shared > 0
        ? Math.min(1, shared / Math.max(1e-9, Math.min(qEntWeight[side], dWeight))) *
          Math.min(1, shared / SHARED_NAMES_FULL)
        : 0;
    const sharedNumOrder: number[] = [];
    for (const id of corpus.numbers(doc)) {
      const n = qNum.get(id);
      if (n !== undefined) sharedNumOrder.push(n.order);
    }
    const sharedNums = sharedNumOrder.sort((a, b) => a - b).map((k) => qNumList[k]!);
    const numbers = 1 - Math.exp(-sharedNums.length / 1.5);
    const quoteHits = quoteHitsOf.get(doc) ?? 0;
    const quotes = Math.min(1, quoteHits / (3 * Math.min(3, qStatementCount)));
    const dDay = corpus.day(doc);
    const daysApart = qDay !== null && dDay !== null ? Math.abs(qDay - dDay) : null;
    pre.push({
      doc,
      docLanguage,
      ents,
      entities,
      sharedActor,
      sharedNames,
      sharedPlaces,
      sharedNums,
      numbers,
      quoteHits,
      quotes,
      daysApart,
      prior: combineFacets({
        lexical: 0,
        entities,
        numbers,
        quotes,
        time: timeFacet(daysApart, entities, 0),
        cross: 0,
      }),
      hi: combineFacets({
        lexical: 1,
        entities,
        numbers,
        quotes,
        time: timeFacet(daysApart, entities, 1),
        cross: docLanguage === f.language ? 0 : 1,
      }),
    });
  }
  // Reading a text costs far more than the stored evidence, so a candidate's text is read
  // only when its wording could change what it is: when the best wording could lift it
  // to a related topic and the stored evidence alone does not already make it the same
  // story at the strictest setting. That test looks at the pair alone, so whether a pair
  // is read does not depend on the corpus: every such candidate is read (there are at most
  // twice the index's candidates, from the wording, its evidence and shared quotations,
  // and the concepts' CONCEPT_CANDIDATES), none left out because of the others.
  // A pair the stored evidence does not anchor is read whatever its prior: only the text
  // can show the distinctive phrase or cognates that anchor it, and unread it stays capped.
  const toRead = new Set(
    pre
      .filter((p) => p.hi >= READ_FLOOR && (p.prior < READ_CEILING || !storedAnchor(p)))
      .sort((x, y) => y.hi - x.hi || x.doc - y.doc)
      .map((p) => p.doc),
  );
  if (toRead.size) yield [...toRead];
  for (const p of pre) {
    const doc = p.doc;
    let lexical = 0;
    let cross = 0;
    let crossCos = 0;
    let crossAnchor = false;
    let sharedPhrases = 0;
    let sharedCognates = 0;
    if (toRead.has(doc)) {
      const dProfile = textProfile(
        corpus.meta(doc).title,
        corpus.text(doc),
        p.docLanguage,
        bg,
        [...p.ents.ids].map((id) => corpus.term(id).slice(ENTITY_PREFIX.length)),
        [...corpus.numbers(doc)].map((id) => corpus.term(id).slice(NUMBER_PREFIX.length)),
        opts.lexicon,
      );
      lexical = Math.min(
        1,
        LEXICAL_SCALE * cosine(qProfile.weights, qProfile.norm, dProfile.weights, dProfile.norm),
      );
      // Within one language the wording says more than stems do (two central banks raising
      // rates share every stem but the names); the facet is for translations.
      if (p.docLanguage !== f.language) {
        const q = qProfile.cross;
        const d = dProfile.cross;
        const c = crossCosine(q, d);
        crossCos = c.cosine;
        // Compared on names and figures alone (a script without capitals gives every word
        // a skeleton), one shared by chance makes a high cosine: two at least are needed.
        crossAnchor =
          (crossCos >= CROSS_ANCHOR && (c.words || c.names >= 2)) || c.concepts >= CONCEPT_SHARE;
        // Shared concepts raise it too. Either counts only between articles published
        // within a week of each other (or undated): a translation follows its original
        // within days, and two rate decisions months apart share a topic's cognates and
        // concepts (such a pair would be a related topic in a small corpus and no
        // candidate at all in a large one).
        cross =
          (p.daysApart ?? 0) < 8
            ? Math.min(
                1,
                Math.max(
                  0,
                  (crossCos - CROSS_FLOOR) / (CROSS_FULL - CROSS_FLOOR),
                  (c.concepts - CONCEPT_SHARE_FLOOR) * CONCEPT_SHARE_SLOPE,
                ),
              )
            : 0;
        // Between languages no phrase is shared word for word; rare cognates stand for one.
        for (const [k, x] of q.weights)
          if (
            k.startsWith(STEM_PREFIX) &&
            x >= PHRASE_RARITY &&
            (d.weights.get(k) ?? 0) >= PHRASE_RARITY
          )
            sharedCognates++;
      }
      for (const h of qProfile.phrases) if (dProfile.phrases.has(h)) sharedPhrases++;
    }
    const time = timeFacet(p.daysApart, p.entities, lexical);
    const facets: Facets = {
      lexical,
      entities: p.entities,
      numbers: p.numbers,
      quotes: p.quotes,
      time,
      cross,
    };
    // The same event needs evidence beyond a shared place and date: a specific person or
    // organisation, a telling figure, quoted words or a distinctive phrase both use (in
    // two languages, rare cognates).
    const anchored =
      storedAnchor(p) || sharedPhrases >= 2 || sharedCognates >= SHARED_COGNATES || crossAnchor;
    const score = anchored
      ? combineFacets(facets)
      : Math.min(UNANCHORED_CAP, combineFacets(facets));
    const copyOfQuery = minhashSimilarity(f.minhash, corpus.minhash(doc)) >= COPY_SIMILARITY;
    const relation: Relation | null =
      copyOfQuery || score >= thresholds.same
        ? 'same-story'
        : score >= thresholds.related
          ? 'related'
          : null;
    const inOrder = (list: number[]) => list.sort((a, b) => a - b).map((k) => qEntList[k]!);
    const places = displayNames(inOrder(p.sharedPlaces), []);
    const names = displayNames(inOrder(p.sharedNames), places);
    const reasons: RelatedReason[] = [];
    if (copyOfQuery)
      reasons.push({
        kind: 'text',
        label: 'the same text as this page (a syndicated copy)',
        copy: true,
      });
    if (names.length) {
      const items = names.slice(0, 4);
      reasons.push({ kind: 'names', label: `shared names: ${items.join(', ')}`, items });
    }
    if (places.length) {
      const items = places.slice(0, 3);
      reasons.push({ kind: 'places', label: `shared places: ${items.join(', ')}`, items });
    }
    if (p.sharedNums.length) {
      const items = unique(p.sharedNums).slice(0, 4);
      reasons.push({ kind: 'numbers', label: `shared figures: ${items.join(', ')}`, items });
    }
    if (p.quoteHits > 0) reasons.push({ kind: 'quotes', label: 'quotes the same words' });
    if (p.daysApart !== null)
      reasons.push({
        kind: 'time',
        label:
          p.daysApart === 0
            ? 'published the same day'
            : `published ${p.daysApart} day${p.daysApart === 1 ? '' : 's'} apart`,
        days: p.daysApart,
      });
    if (!copyOfQuery && (facets.lexical >= 0.35 || sharedPhrases >= 2))
      reasons.push({ kind: 'text', label: 'similar wording' });
    scored.push({
      doc,
      score,
      facets,
      relation,
      copyOfQuery,
      group: doc,
      anchored,
      reasons,
      daysApart: p.daysApart,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.doc - b.doc);

  // Group copies of one text (syndication); the earliest published member stands for the
  // group (it is most likely the original), with the group's best score.
  const groups: (typeof scored)[] = [];
  for (const s of scored) {
    if (!s.relation) continue;
    const mh = corpus.minhash(s.doc);
    const home = s.copyOfQuery
      ? undefined
      : groups.find(
          (g) =>
            !g[0]!.copyOfQuery &&
            minhashSimilarity(corpus.minhash(g[0]!.doc), mh) >= COPY_SIMILARITY,
        );
    if (home) home.push(s);
    else groups.push([s]);
  }
  const related: RelatedArticle[] = [];
  for (const g of groups.slice(0, opts.limit)) {
    const time = (d: number) => isoTime(corpus.meta(d).published) ?? Infinity;
    const lead = g.reduce((a, b) => (time(b.doc) < time(a.doc) ? b : a));
    for (const s of g) s.group = lead.doc;
    const best = g[0]!;
    const m = corpus.meta(lead.doc);
    related.push({
      url: m.url,
      title: m.title,
      source: m.source,
      published: m.published,
      language: m.language,
      score: round(best.score),
      relation: best.relation!,
      reasons: lead.reasons,
      daysApart: lead.daysApart,
      copies: g
        .filter((s) => s !== lead)
        .map((s) => ({ url: corpus.meta(s.doc).url, source: corpus.source(s.doc) })),
      ...(m.summaryOnly ? { summaryOnly: true } : {}),
    });
  }
  return { related, scored };
}

/** Related coverage of `article`, best first (see `findRelated`). */
export function rankRelated(
  article: Article,
  corpus: Corpus,
  options: Partial<RelatedOptions> = {},
): RelatedArticle[] {
  return findRelated(article, corpus, options).related;
}

/**
 * Names as a reader wants them listed: each once, a surname left out when the full name
 * is listed ("Ilse Brandvold", not also "Brandvold"), nothing already listed elsewhere.
 */
function displayNames(found: string[], listedElsewhere: string[]): string[] {
  const all = unique(found.map((n) => n.replace(/['’]s$/u, '')));
  const taken = new Set(listedElsewhere.map((n) => n.toLowerCase()));
  return all.filter((n) => {
    if (taken.has(n.toLowerCase())) return false;
    const re = new RegExp(`(^|\\s)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`, 'iu');
    return !all.some((other) => other !== n && other.length > n.length && re.test(other));
  });
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Quote-shingle hashes of a passage (exported for the passage check). */
export function passageHashes(text: string, language: string): number[] {
  return quoteShingles(tokenize(text, language).map((t) => t.norm));
}
