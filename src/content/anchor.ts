/**
 * Finding a quotation of the extracted article in the live page. The article text came
 * from Readability, so the page may differ in whitespace, typography, links that split
 * words or small edits; the quotation is looked up in a normalised form of the page's
 * text, exactly first and approximately when that fails.
 */
import search from 'approx-string-match';
import { buildTextMap, rangeFromOffsets, type TextMap } from './text-map';

/** What identifies a quotation: its words and up to ~40 characters around it. */
export interface QuoteSelector {
  text: string;
  prefix?: string;
  suffix?: string;
}

/** Where a quotation was found, as offsets into `TextMap.text` (UTF-16, end exclusive). */
export interface QuoteLocation {
  start: number;
  end: number;
  /** Edit distance of the match in normalised characters; 0 for an exact match. */
  errors: number;
}

/** Approximate matches may differ in at most this share of the quotation's characters. */
export const MAX_ERROR_RATE = 0.1;

/** Quotations shorter than this (normalised characters) are only matched exactly. */
const MIN_FUZZY_LENGTH = 12;

/** At most this many exact occurrences are compared by context. */
const MAX_CANDIDATES = 64;

/** How much context is compared on each side (characters). */
const CONTEXT_CHARS = 40;

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035`´]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u2036]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** Soft hyphen and zero-width characters: invisible, so dropped. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * A normalised text and, for each of its characters, the offset of the original
 * character it came from (`map[norm.length]` is the end of the original text).
 */
export interface NormalizedText {
  norm: string;
  map: number[];
}

/**
 * Lower case, one form of every quote mark, apostrophe and dash, invisible characters
 * dropped and whitespace runs collapsed to one space, keeping an offset map back to the
 * original. Characters whose lower-case form has another length are kept as they are,
 * so the map stays one-to-one.
 */
export function normalizeWithMap(text: string): NormalizedText {
  let norm = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (SPACES.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      norm += ' ';
      map.push(i);
      continue;
    }
    inSpace = false;
    if (SINGLE_QUOTES.test(ch)) ch = "'";
    else if (DOUBLE_QUOTES.test(ch)) ch = '"';
    else if (DASHES.test(ch)) ch = '-';
    else {
      const lower = ch.toLowerCase();
      if (lower.length === 1) ch = lower;
    }
    norm += ch;
    map.push(i);
  }
  map.push(text.length);
  return { norm, map };
}

function normalize(text: string): string {
  return normalizeWithMap(text).norm;
}

/** Length of the common suffix of `a` and `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common prefix of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The quotation's words in a page: build once per page (or after the page changed),
 * then look up any number of quotations.
 */
export class PageText {
  readonly map: TextMap;
  private readonly normalized: NormalizedText;

  constructor(root: Node) {
    this.map = buildTextMap(root);
    this.normalized = normalizeWithMap(this.map.text);
  }

  /** Context agreement of a candidate at normalised [start, end): characters in common. */
  private contextScore(start: number, end: number, prefix: string, suffix: string): number {
    const { norm } = this.normalized;
    let score = 0;
    if (prefix)
      score += commonSuffix(norm.slice(Math.max(0, start - prefix.length), start), prefix);
    if (suffix) score += commonPrefix(norm.slice(end, end + suffix.length), suffix);
    return score;
  }

  /** Normalised offsets → offsets into `map.text`. */
  private toOriginal(start: number, end: number): { start: number; end: number } {
    const { map } = this.normalized;
    const s = map[start]!;
    const last = map[Math.max(start, end - 1)]!;
    return { start: s, end: last + 1 };
  }

  /**
   * Locates `selector` in the page text. Exact occurrences (after normalisation) win,
   * ranked by how much of the prefix and suffix agree; otherwise the best approximate
   * match with at most `MAX_ERROR_RATE` errors. Null when neither finds it.
   */
  locate(selector: QuoteSelector): QuoteLocation | null {
    const quote = normalize(selector.text).trim();
    if (!quote) return null;
    const prefix = normalize(selector.prefix ?? '').slice(-CONTEXT_CHARS);
    const suffix = normalize(selector.suffix ?? '').slice(0, CONTEXT_CHARS);
    const { norm } = this.normalized;

    let best: { start: number; end: number; score: number } | null = null;
    let found = 0;
    for (
      let at = norm.indexOf(quote);
      at >= 0 && found < MAX_CANDIDATES;
      at = norm.indexOf(quote, at + 1)
    ) {
      found++;
      const score = this.contextScore(at, at + quote.length, prefix, suffix);
      if (!best || score > best.score) best = { start: at, end: at + quote.length, score };
    }
    if (best) return { ...this.toOriginal(best.start, best.end), errors: 0 };

    if (quote.length < MIN_FUZZY_LENGTH) return null;
    const maxErrors = Math.max(1, Math.floor(quote.length * MAX_ERROR_RATE));
    const matches = search(norm, quote, maxErrors);
    let fuzzy: { start: number; end: number; errors: number; score: number } | null = null;
    for (const m of matches.slice(0, MAX_CANDIDATES)) {
      let { start, end } = m;
      // Matches may take in a neighbouring space; the highlight should not.
      while (start < end && norm[start] === ' ') start++;
      while (end > start && norm[end - 1] === ' ') end--;
      if (end <= start) continue;
      const score = this.contextScore(start, end, prefix, suffix) - m.errors * 2;
      if (!fuzzy || score > fuzzy.score) fuzzy = { start, end, errors: m.errors, score };
    }
    return fuzzy ? { ...this.toOriginal(fuzzy.start, fuzzy.end), errors: fuzzy.errors } : null;
  }

  /** A Range over the located quotation, or null when it is not in the page. */
  anchor(selector: QuoteSelector): Range | null {
    const loc = this.locate(selector);
    return loc ? rangeFromOffsets(this.map, loc.start, loc.end) : null;
  }
}

/**
 * Finds one quotation under `root` (the page body by default) and returns a Range over
 * it, or null. For several quotations build one `PageText` and call `anchor` on it.
 */
export function anchorQuote(selector: QuoteSelector, root: Node = document.body): Range | null {
  return new PageText(root).anchor(selector);
}
