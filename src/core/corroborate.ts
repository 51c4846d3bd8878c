/**
 * Quotation corroboration: for each statement in the article, find who else carries
 * the same words (in quotation marks or in their body text), and judge the best
 * evidence: verbatim, fragment, variant, altered or unverified.
 *
 * An `altered` match never corroborates: a changed number, an added or dropped
 * negation, or another speaker for the same words is flagged, whatever else agrees.
 */
import { conceptSet, type Lexicon } from './lexicon';
import { siteOf } from './site';
import type { Corpus } from './corpus';
import { quoteShingles } from './features';
import { extractQuotes } from './quotes';
import { RELATION_THRESHOLDS, type ScoredDoc, type Sensitivity } from './related';
import { finishNow, type Steps } from './steps';
import {
  hash32,
  isNegation,
  isStopword,
  latinKey,
  sentences,
  stripElision,
  tokenize,
} from './text';
import {
  CORROBORATING_VERDICTS,
  type Article,
  type ExtractedQuote,
  type QuoteDifference,
  type QuoteMatch,
  type QuoteReport,
  type Verdict,
} from './types';

/** Similarity floors for a `variant` per sensitivity (same language / across languages). */
export const VARIANT_FLOORS: Record<Sensitivity, { same: number; cross: number; body: number }> = {
  strict: { same: 0.6, cross: 0.7, body: 0.8 },
  balanced: { same: 0.5, cross: 0.55, body: 0.7 },
  lenient: { same: 0.42, cross: 0.5, body: 0.6 },
};

/** How a quotation in one language is paired with its translation in another. */
const CROSS = {
  /** Share of character trigrams two translations must have in common (cognates, names)… */
  minCognates: 0.04,
  /** …or share of lexicon concepts they must have in common (Dice over concept sets). */
  minConcepts: 0.2,
  /** Below this, a same-speaker quotation in another language is not even a candidate. */
  min: 0.3,
  /** The best candidate must beat the next by this much to be reported. */
  margin: 0.08,
  /** A pairing must be this much above the floor before a difference counts as an alteration. */
  alteredExtra: 0.12,
} as const;
/** Below this similarity two passages are not compared for alterations at all. */
const ALIGN_FLOOR = 0.45;
/** Share of names two articles must have in common before a changed speaker counts as altered. */
const SPEAKER_ALTERED_NAMES = 0.2;
/** Similarity from which an altered match aligns with the whole quotation (all but the change). */
const ALTERED_WHOLE = 0.9;
/** Longest passage compared, in tokens: caps alignment work on huge quotations. */
const MAX_TOKENS = 160;
/** Most quotations corroborated per article; the rest are reported unverified. */
export const MAX_QUOTES = 80;
/** Below this many words an article is a passage, too short to say which story it tells. */
const MIN_STORY_WORDS = 40;
/** Candidate articles searched per quotation. */
const MAX_DOCS = 30;
/** Characters of context kept each side of a quotation for anchoring in the page. */
export const CONTEXT_CHARS = 40;

export interface CorroborateOptions {
  sensitivity: Sensitivity;
  /** Statements shorter than this many words are not corroborated (reported unverified). */
  minQuoteWords: number;
  /** The concept lexicon (lexicon.ts); null: translations pair by cognates and figures only. */
  lexicon: Lexicon | null;
}

export const DEFAULT_CORROBORATE_OPTIONS: CorroborateOptions = {
  sensitivity: 'balanced',
  minQuoteWords: 3,
  lexicon: null,
};

/** A passage ready for comparison. */
export interface Passage {
  text: string;
  language: string;
  /** Normalised words (numbers canonical). */
  words: string[];
  /** Stems of the content words, for matching through inflection and light edits. */
  stems: string[];
  wordSet: Set<string>;
  stemSet: Set<string>;
  numbers: string[];
  negated: boolean;
  /** Latin character trigrams of the content words, for cognates across languages (built on first use). */
  readonly trigrams: Set<string>;
  /** Concepts of the words in the news lexicon, for translations (built on first use). */
  readonly concepts: Set<number>;
  speaker: string | null;
}

export function preparePassage(
  text: string,
  language: string,
  speaker: string | null,
  lexicon: Lexicon | null,
): Passage {
  const toks = tokenize(text, language).slice(0, MAX_TOKENS);
  const words = toks.map((t) => t.norm);
  const stems: string[] = [];
  const keys: string[] = [];
  for (const t of toks) {
    if (t.isNumber) continue;
    const w = stripElision(t.norm);
    if (isStopword(w, language)) continue;
    const key = latinKey(w);
    stems.push(key.slice(0, 5));
    if (key.length >= 4) keys.push(key);
  }
  let trigrams: Set<string> | null = null;
  let concepts: Set<number> | null = null;
  return {
    text,
    language,
    words,
    stems,
    wordSet: new Set(words),
    stemSet: new Set(stems),
    numbers: toks.filter((t) => t.isNumber).map((t) => t.norm),
    negated: words.some(isNegation),
    // Only comparisons across languages need these; most passages never do.
    get trigrams() {
      if (!trigrams) {
        trigrams = new Set<string>();
        for (const key of keys) {
          const padded = ` ${key} `;
          for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
        }
      }
      return trigrams;
    },
    get concepts() {
      concepts ??= conceptSet(
        lexicon,
        toks.filter((t) => !t.isNumber).map((t) => t.norm),
        language,
      );
      return concepts;
    },
    speaker,
  };
}

/** Dice coefficient of two concept sets, in [0, 1]; 0 when either is empty. */
function conceptDice(a: Set<number>, b: Set<number>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const c of a) if (b.has(c)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function presence(words: string[], set: Set<string>): number {
  if (!words.length) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n / words.length;
}

/** Shared stems over the shorter side's count: an upper bound of both stem measures used below. */
function stemPresence(a: Passage, b: Passage): number {
  const [short, long] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
  if (!short.stems.length) return 0;
  let n = 0;
  for (const s of short.stems) if (long.stemSet.has(s)) n++;
  return n / short.stems.length;
}

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Index of `needle` as a contiguous run inside `hay`, or -1. */
function indexOfRun(hay: string[], needle: string[]): number {
  if (!needle.length || needle.length > hay.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function multisetOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = counts.get(x) ?? 0;
    if (c > 0) {
      n++;
      counts.set(x, c - 1);
    }
  }
  return n;
}

function nameParts(name: string): string[] {
  return tokenize(name)
    .map((t) => latinKey(t.norm))
    .filter((p) => p.length > 1);
}

/**
 * Whether two speaker names can denote the same person: the surname agrees (allowing
 * for Russian case endings), and given names, where both have them, do not clash.
 */
export function sameSpeaker(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (!pa.length || !pb.length) return false;
  const close = (x: string, y: string) =>
    x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5));
  return pa.some((x) => pb.some((y) => close(x, y) && x.length > 2));
}

/** How two passages compare, or null when they are not the same statement. */
export interface Comparison {
  kind: Exclude<Verdict, 'unverified'>;
  similarity: number;
  differences: QuoteDifference[];
}

/**
 * Compare our quotation with another passage. `quoted` says whether the other passage
 * is itself a quotation (true) or a sentence of body text (false), which must match
 * more closely to count.
 */
export function comparePassages(
  ours: Passage,
  theirs: Passage,
  sensitivity: Sensitivity,
  quoted: boolean,
): Comparison | null {
  const floors = VARIANT_FLOORS[sensitivity];
  const crossLanguage =
    ours.language !== theirs.language && ours.language !== 'und' && theirs.language !== 'und';
  let kind: Comparison['kind'] | null = null;
  let similarity = 0;
  let comparableLength = true;
  let oursInside = false;
  if (!crossLanguage) {
    const a = ours.words;
    const b = theirs.words;
    // Cheap bound first: too few shared words or stems and nothing below can reach the floor.
    if (presence(a, theirs.wordSet) < ALIGN_FLOOR && stemPresence(ours, theirs) < ALIGN_FLOOR)
      return null;
    if (a.length && a.join(' ') === b.join(' ')) {
      kind = 'verbatim';
      similarity = 1;
    } else if (a.length >= 3 && indexOfRun(b, a) >= 0) {
      // Our words stand whole inside theirs.
      kind = quoted ? 'fragment' : 'verbatim';
      similarity = quoted ? a.length / b.length : 1;
      oursInside = true;
      comparableLength = a.length / b.length >= 0.6;
    } else if (quoted && b.length >= 5 && indexOfRun(a, b) >= 0) {
      kind = 'fragment';
      similarity = b.length / a.length;
      comparableLength = b.length / a.length >= 0.6;
    } else {
      const lcs = lcsLength(a, b);
      const stemShared = multisetOverlap(ours.stems, theirs.stems);
      const ratio = Math.min(a.length, b.length) / Math.max(1, a.length, b.length);
      if (quoted && ratio >= 0.6) {
        const dice = (2 * stemShared) / Math.max(1, ours.stems.length + theirs.stems.length);
        similarity = 0.5 * (lcs / Math.max(a.length, b.length)) + 0.5 * dice;
      } else {
        // One side is much longer (or a body sentence around the words): judge how much
        // of our quotation it covers.
        const cover = lcs / Math.max(1, a.length);
        const stemCover = stemShared / Math.max(1, ours.stems.length);
        similarity = 0.5 * cover + 0.5 * stemCover;
        comparableLength = ratio >= 0.6;
        oursInside = a.length <= b.length;
      }
      if (similarity < ALIGN_FLOOR) return null;
      if (similarity >= (quoted ? floors.same : floors.body)) kind = 'variant';
    }
  } else {
    // Across languages, word order and wording cannot be aligned. A quotation in another
    // language counts as a translation only when the same named speaker says it, with the
    // same polarity and numbers, at a similar length; cognates, shared names and concepts
    // of the news lexicon raise the score. The caller drops ties (several such quotations
    // in one article), so an ambiguous pairing is never reported.
    if (!quoted || !ours.speaker || !theirs.speaker || !sameSpeaker(ours.speaker, theirs.speaker))
      return null;
    if (ours.negated !== theirs.negated) return null;
    let shared = 0;
    for (const t of ours.trigrams) if (theirs.trigrams.has(t)) shared++;
    const dice = (2 * shared) / Math.max(1, ours.trigrams.size + theirs.trigrams.size);
    // Translations keep roughly the same number of words.
    const lengthRatio =
      Math.min(ours.words.length, theirs.words.length) /
      Math.max(1, ours.words.length, theirs.words.length);
    if (lengthRatio < 0.5 || ours.words.length < 4) return null;
    const anchors =
      ours.numbers.length > 0 && ours.numbers.some((n) => theirs.numbers.includes(n)) ? 1 : 0;
    // Shape alone (same speaker, same length) pairs different statements too: some
    // shared evidence in the words themselves is required: a cognate, a figure, or
    // words the lexicon knows as translations of each other.
    const concepts = conceptDice(ours.concepts, theirs.concepts);
    if (dice < CROSS.minCognates && !anchors && concepts < CROSS.minConcepts) return null;
    const wording = Math.max(Math.min(1, dice * 2.5), concepts);
    similarity = 0.45 * lengthRatio + 0.4 * wording + 0.15 * anchors;
    // The caller pairs translations one to one and applies the sensitivity's floor to
    // the pairing score; here only hopeless pairs are dropped.
    if (similarity < CROSS.min) return null;
    kind = 'variant';
    comparableLength = true;
  }
  // Where one side's words stand whole inside the other's, only the speaker can differ:
  // the shared words are the same, numbers and negations included.
  const exact = kind === 'verbatim' || kind === 'fragment';
  const differences = exact
    ? speakerDifference(ours, theirs)
    : findDifferences(ours, theirs, comparableLength, oursInside);
  // A translation is paired on weak evidence; only a close pairing may call it altered.
  if (differences.length && crossLanguage && similarity < floors.cross + CROSS.alteredExtra - 0.1)
    return null;
  if (differences.length) return { kind: 'altered', similarity: round(similarity), differences };
  if (!kind) return null;
  return { kind, similarity: round(similarity), differences: [] };
}

function findDifferences(
  ours: Passage,
  theirs: Passage,
  comparableLength: boolean,
  oursInside: boolean,
): QuoteDifference[] {
  const out: QuoteDifference[] = [];
  const theirNums = new Set(theirs.numbers);
  const ourNums = new Set(ours.numbers);
  const missing = ours.numbers.filter((n) => !theirNums.has(n));
  const extra = comparableLength ? theirs.numbers.filter((n) => !ourNums.has(n)) : [];
  if (missing.length || (extra.length && ours.numbers.length))
    out.push({ type: 'number', ours: missing.join(', '), theirs: extra.join(', ') });
  if (
    (comparableLength || oursInside) &&
    ours.negated !== theirs.negated &&
    (comparableLength || !theirs.negated)
  ) {
    out.push({
      type: 'negation',
      ours: ours.negated ? negationWord(ours) : '',
      theirs: theirs.negated ? negationWord(theirs) : '',
    });
  }
  return out.concat(speakerDifference(ours, theirs));
}

function speakerDifference(ours: Passage, theirs: Passage): QuoteDifference[] {
  return ours.speaker && theirs.speaker && !sameSpeaker(ours.speaker, theirs.speaker)
    ? [{ type: 'speaker', ours: ours.speaker, theirs: theirs.speaker }]
    : [];
}

function negationWord(p: Passage): string {
  return p.words.find(isNegation) ?? 'not';
}

const KIND_RANK: Record<Exclude<Verdict, 'unverified'>, number> = {
  verbatim: 4,
  fragment: 3,
  variant: 2,
  altered: 1,
};

interface DocSentences {
  list: { passage: Passage; text: string }[];
}

/**
 * Corroborate the article's quotations against the corpus. `scored` is the ranked
 * candidate list from `findRelated`; articles that copy this one, and articles of the
 * same outlet, never corroborate it. A copy by another outlet can still contradict it:
 * the same text with another figure or negation in a quotation shows that one of the
 * two was changed. `allQuotes`: every quotation of the article, when the caller has
 * found them (as `analyze` has); else they are found again when a verdict needs them.
 */
export function corroborateQuotes(...args: Parameters<typeof corroborateSteps>): QuoteReport[] {
  // eslint-disable-next-line no-restricted-syntax -- a tuple of six parameters, not a list
  return finishNow(corroborateSteps(...args));
}

/**
 * `corroborateQuotes` in steps: it first finds, on what the index stores, the articles
 * each quotation is checked against, then yields them all to have their texts read
 * (see `Steps`). `allQuotes`, when the caller has them, are every quotation of `article`
 * (else they are found again when needed).
 */
export function* corroborateSteps(
  article: Article,
  quotes: ExtractedQuote[],
  corpus: Corpus,
  scored: ScoredDoc[],
  options: Partial<CorroborateOptions> = {},
  allQuotes?: readonly ExtractedQuote[],
): Steps<QuoteReport[]> {
  const opts = { ...DEFAULT_CORROBORATE_OPTIONS, ...options };
  const excluded = new Set<number>();
  const group = new Map<number, number>();
  for (const s of scored) {
    group.set(s.doc, s.group);
    if (s.copyOfQuery) excluded.add(s.doc);
  }
  const ownSource = article.source.trim().toLowerCase();
  const ownHash = hash32(article.url);
  // The page's own site never corroborates it, whatever name either article claims
  // (a page can plant itself in reading history under a new address and another name).
  const ownSite = siteOf(article.url);
  const foreign = new Map<number, boolean>();
  const isForeign = (doc: number) => (excluded.has(doc) ? false : otherOutlet(doc));
  const otherOutlet = (doc: number) => {
    let yes = foreign.get(doc);
    if (yes === undefined) {
      yes =
        corpus.source(doc).trim().toLowerCase() !== ownSource &&
        !corpus.isUrl(doc, article.url, ownHash) &&
        (ownSite === '' || siteOf(corpus.meta(doc).url) !== ownSite);
      foreign.set(doc, yes);
    }
    return yes;
  };
  // Candidate articles shared by every quotation: the related ones, best first.
  const sameStory = new Set(scored.filter((s) => s.relation === 'same-story').map((s) => s.doc));
  const facetsOf = new Map(scored.map((s) => [s.doc, s.facets]));
  // A misquotation charge needs coverage that is the same story beyond doubt: at the
  // strict threshold whatever the user's sensitivity.
  const alteredSources = new Set(
    scored.filter((s) => s.score >= RELATION_THRESHOLDS.strict.same).map((s) => s.doc),
  );
  const relatedDocs = scored
    .filter((s) => s.relation !== null && isForeign(s.doc))
    .map((s) => s.doc);
  // Copies of this text by other outlets, searched only for a changed figure or negation.
  const copyDocs = scored
    .filter((s) => s.copyOfQuery && alteredSources.has(s.doc) && otherOutlet(s.doc))
    .map((s) => s.doc)
    .slice(0, MAX_DOCS);
  const hasStory = tokenize(article.text, article.language).length >= MIN_STORY_WORDS;
  const sentenceCache = new Map<number, DocSentences>();
  const quoteCache = new Map<number, { passage: Passage; text: string }[]>();
  const corpusQuotes = (doc: number) => {
    let list = quoteCache.get(doc);
    if (!list) {
      const lang = corpus.language(doc);
      list = corpus
        .quotesWithText(doc)
        .filter((q) => q.kind === 'statement')
        .map((q) => ({
          passage: preparePassage(q.text, lang, q.speaker, opts.lexicon),
          text: q.text,
        }));
      quoteCache.set(doc, list);
    }
    return list;
  };
  const bodySentences = (doc: number) => {
    let s = sentenceCache.get(doc);
    if (!s) {
      const lang = corpus.language(doc);
      s = {
        list: sentences(corpus.text(doc), lang).map((x) => ({
          passage: preparePassage(x.text, lang, null, opts.lexicon),
          text: x.text,
        })),
      };
      sentenceCache.set(doc, s);
    }
    return s;
  };

  const ourPassages = quotes.map((q) =>
    preparePassage(q.text, article.language, q.speaker, opts.lexicon),
  );
  type Evidence = Comparison & { text: string; quoted: boolean; speaker: string | null };
  const pairCache = new Map<number, Map<number, Evidence>>();
  /**
   * Our quotations paired with their translations in another-language article: every
   * same-speaker pair is scored (shape, cognates, and the order in which that speaker's
   * quotations appear), then pairs are taken best first, each quotation at most once.
   * A pair that barely beats a rival for either side is dropped: we cannot tell.
   */
  const translations = (doc: number): Map<number, Evidence> => {
    const cached = pairCache.get(doc);
    if (cached) return cached;
    const theirs = corpusQuotes(doc);
    const rank = (speakers: (string | null)[], i: number) => {
      const same = speakers
        .map((sp, k) => (sp && speakers[i] && sameSpeaker(sp, speakers[i]!) ? k : -1))
        .filter((k) => k >= 0);
      return same.length > 1 ? same.indexOf(i) / (same.length - 1) : 0.5;
    };
    const ourSpeakers = quotes.map((q) => (q.kind === 'statement' ? q.speaker : null));
    const countSame = (speakers: (string | null)[], i: number) =>
      speakers.filter((sp) => sp && speakers[i] && sameSpeaker(sp, speakers[i]!)).length;
    const theirSpeakers = theirs.map((t) => t.passage.speaker);
    const pairs: { i: number; j: number; score: number; c: Comparison }[] = [];
    quotes.forEach((q, i) => {
      if (q.kind !== 'statement' || i >= MAX_QUOTES) return;
      theirs.forEach((t, j) => {
        const c = comparePassages(ourPassages[i]!, t.passage, opts.sensitivity, true);
        if (!c) return;
        // Pairing evidence beyond the two texts: the speaker's quotations come in the same
        // order, and a speaker quoted once on each side leaves no choice.
        const order = 1 - Math.abs(rank(ourSpeakers, i) - rank(theirSpeakers, j));
        const single = countSame(ourSpeakers, i) === 1 && countSame(theirSpeakers, j) === 1 ? 1 : 0;
        const score = c.similarity + 0.15 * order + 0.05 * single;
        if (score >= VARIANT_FLOORS[opts.sensitivity].cross) pairs.push({ i, j, c, score });
      });
    });
    pairs.sort((a, b) => b.score - a.score);
    const out = new Map<number, Evidence>();
    const usedJ = new Set<number>();
    for (const p of pairs) {
      if (out.has(p.i) || usedJ.has(p.j)) continue;
      const rival = pairs.find(
        (o) => o !== p && (o.i === p.i || o.j === p.j) && !(out.has(o.i) && o.i !== p.i),
      );
      usedJ.add(p.j);
      if (rival && p.score - rival.score < CROSS.margin) {
        out.set(p.i, null as unknown as Evidence);
        continue;
      }
      out.set(p.i, {
        ...p.c,
        text: theirs[p.j]!.text,
        quoted: true,
        speaker: theirs[p.j]!.passage.speaker,
      });
    }
    for (const [k, v] of out) if (!v) out.delete(k);
    pairCache.set(doc, out);
    return out;
  };

  // Every statement of the article, whichever quotations were asked for, so that a verdict
  // does not depend on which others were passed with it (read only when needed).
  let allStatements: { start: number; passage: Passage }[] | null = null;
  /** Whether another of our statements matches `theirs` better than quotation `q` does. */
  const counterpartOfOther = (q: ExtractedQuote, theirs: Evidence) => {
    allStatements ??= (allQuotes ?? extractQuotes(article))
      .filter((x) => x.kind === 'statement')
      .slice(0, MAX_QUOTES)
      .map((x) => ({
        start: x.start,
        passage: preparePassage(x.text, article.language, x.speaker, opts.lexicon),
      }));
    const passage = preparePassage(theirs.text, article.language, theirs.speaker, opts.lexicon);
    return allStatements.some((other) => {
      if (other.start === q.start) return false;
      const c = comparePassages(other.passage, passage, opts.sensitivity, true);
      return !!c && c.kind !== 'altered' && c.similarity > theirs.similarity;
    });
  };

  // The articles each quotation is checked against (null: it is not checked), all found
  // before any text is read.
  const docsOf = quotes.map((q, index) => {
    const wordCount = tokenize(q.text, article.language).length;
    if (q.kind !== 'statement' || wordCount < opts.minQuoteWords || index >= MAX_QUOTES)
      return null;
    const docs = new Set<number>(relatedDocs.slice(0, MAX_DOCS));
    // Articles that share word 4-grams with this quotation, most shared first.
    // A lone shared 4-gram is often a stock phrase: ask for two where the quotation has them.
    const shingles = quoteShingles(ourPassages[index]!.words);
    const minShared = Math.min(2, shingles.length);
    const sharing = [...corpus.docsWithQuoteHashes(shingles, MAX_DOCS)]
      .filter(([d, n]) => n >= minShared && isForeign(d))
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_DOCS);
    for (const [d] of sharing) docs.add(d);
    for (const d of copyDocs) docs.add(d);
    return docs;
  });
  const toRead = new Set<number>();
  for (const docs of docsOf) if (docs) for (const d of docs) toRead.add(d);
  if (toRead.size) yield [...toRead];

  const reports: QuoteReport[] = [];
  quotes.forEach((q, index) => {
    const base = {
      ...q,
      prefix: article.text.slice(Math.max(0, q.start - CONTEXT_CHARS), q.start),
      suffix: article.text.slice(q.end, q.end + CONTEXT_CHARS),
    };
    const docs = docsOf[index];
    if (!docs) {
      reports.push({ ...base, verdict: 'unverified', outlets: 0, earliest: null, matches: [] });
      return;
    }
    const ours = ourPassages[index]!;
    const matches: QuoteMatch[] = [];
    const docOf = new Map<string, number>();
    for (const doc of docs) {
      let best: Evidence | null = null;
      const foreign = corpus.language(doc) !== article.language;
      if (foreign) {
        // Translations are only sought in articles on the same story, and paired one to one.
        if (!sameStory.has(doc)) continue;
        const pair = translations(doc).get(index);
        if (pair) best = pair;
      } else {
        for (const cq of corpusQuotes(doc)) {
          const c = comparePassages(ours, cq.passage, opts.sensitivity, true);
          if (c && (!best || better(c, best)))
            best = { ...c, text: cq.text, quoted: true, speaker: cq.passage.speaker };
        }
      }
      // Body text is searched only in same-story articles: paraphrase elsewhere is noise.
      if (
        (!best || best.kind === 'variant') &&
        sameStory.has(doc) &&
        corpus.language(doc) === article.language
      ) {
        for (const s of bodySentences(doc).list) {
          const c = comparePassages(ours, s.passage, opts.sensitivity, false);
          if (c && c.kind !== 'altered' && (!best || better(c, best)))
            best = { ...c, text: s.text, quoted: false, speaker: null };
        }
      }
      if (!best) continue;
      // A copy of our text never corroborates; it only shows a figure or negation changed
      // in a quotation that otherwise aligns whole.
      if (
        excluded.has(doc) &&
        (best.kind !== 'altered' ||
          best.similarity < ALTERED_WHOLE ||
          best.differences.some((d) => d.type === 'speaker'))
      )
        continue;
      // Their passage may be the counterpart of another of our quotations (our page quotes
      // its speaker saying those words too): then it is that statement, not a misquotation
      // of this one.
      if (best.kind === 'altered' && !foreign && best.quoted && counterpartOfOther(q, best))
        continue;
      // The same words elsewhere corroborate whatever the story; a changed number or
      // speaker only says "altered" in coverage of the same events. In any other article,
      // a related topic included, it is another statement that happens to share a phrase.
      // A selected passage on its own tells no story, so there the alignment alone decides.
      if (best.kind === 'altered' && hasStory && !alteredSources.has(doc)) continue;
      // Another speaker with other figures is another statement, not a misquotation; and
      // words put in another mouth need articles about the same people to say so.
      if (best.kind === 'altered' && hasStory) {
        const types = new Set(best.differences.map((d) => d.type));
        if (types.size > 1 && types.has('speaker')) continue;
        if (types.has('speaker') && (facetsOf.get(doc)?.entities ?? 0) < SPEAKER_ALTERED_NAMES)
          continue;
      }
      const m = corpus.meta(doc);
      docOf.set(m.url, doc);
      matches.push({
        url: m.url,
        source: m.source,
        title: m.title,
        published: m.published,
        text: best.text,
        similarity: best.similarity,
        kind: best.kind,
        quoted: best.quoted,
        speaker: best.speaker,
        differences: best.differences,
        language: corpus.language(doc),
      });
    }
    matches.sort(
      (a, b) =>
        KIND_RANK[b.kind] - KIND_RANK[a.kind] ||
        b.similarity - a.similarity ||
        a.url.localeCompare(b.url),
    );
    const corroborating = matches.filter((m) => CORROBORATING_VERDICTS.includes(m.kind));
    // A changed figure, negation or speaker found where the rest of the whole quotation
    // aligns closely is not cancelled by outlets that carry only a part of it (a part
    // without the figure proves nothing about the figure): it wins unless more outlets
    // carry the whole quotation as ours has it.
    const outletCount = (list: QuoteMatch[]) =>
      new Set(list.map((m) => m.source.trim().toLowerCase())).size;
    const contradicting = matches.filter(
      (m) => m.kind === 'altered' && m.similarity >= ALTERED_WHOLE,
    );
    const covering = corroborating.filter(
      (m) => m.kind !== 'fragment' || m.text.length >= q.text.length,
    );
    const disputed = contradicting.length > 0 && outletCount(contradicting) > outletCount(covering);
    const verdict: Verdict = disputed
      ? 'altered'
      : corroborating.length
        ? corroborating[0]!.kind
        : matches.length
          ? 'altered'
          : 'unverified';
    const counted = disputed ? contradicting : corroborating.length ? corroborating : matches;
    const outletKeys = new Set<string>();
    let outlets = 0;
    for (const m of counted) {
      const id = docOf.get(m.url);
      const g = id === undefined ? m.url : String(group.get(id) ?? id);
      // One origin counts once, one outlet name once, and one site once: two articles
      // from the same site are never independent corroboration, whatever they claim.
      const keys = [`g:${g}`, `s:${m.source.toLowerCase()}`, `d:${siteOf(m.url) || m.url}`];
      if (!keys.some((k) => outletKeys.has(k))) outlets++;
      for (const k of keys) outletKeys.add(k);
    }
    const dates = counted
      .map((m) => m.published)
      .filter((d): d is string => !!d)
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    reports.push({ ...base, verdict, outlets, earliest: dates[0] ?? null, matches });
  });
  return reports;
}

function better(a: Comparison, b: Comparison): boolean {
  const ca = a.kind !== 'altered';
  const cb = b.kind !== 'altered';
  if (ca !== cb) return ca;
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] > 0 || (a.kind === b.kind && a.similarity > b.similarity)
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
