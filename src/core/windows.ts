/**
 * Text windows: an article whose paragraphs are too long is analysed as shorter ones.
 *
 * Finding who spoke a quotation looks back through its paragraph and the two before, so
 * one paragraph of 10,000 words with a quotation every few words costs time in the square
 * of its length. No news paragraph is that long; a page that has one (a wall of text, a
 * transcript without breaks) is cut into windows at sentence ends, preferably outside
 * quotation marks, each analysed as a paragraph. Offsets found in the windowed text are
 * mapped back to the article's own text (`toArticleOffset`).
 */
import { PARAGRAPH_SEPARATOR, type Article } from './types';

/** Longest paragraph analysed as one (UTF-16 units): about 350 words of English. */
export const MAX_WINDOW_CHARS = 2_000;

/** An article cut into windows, and the way back to the article's offsets. */
export interface Windowed {
  /** The article with long paragraphs split (same url, title, source…). */
  article: Article;
  /** Offset in `article.text` of each window, and of the same text in the original. */
  windowStarts: number[];
  originalStarts: number[];
  windowLengths: number[];
  /** Index of the original paragraph each window comes from. */
  paragraphOf: number[];
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB', '\u2039', '\u300C', '\u300E', '\uFF62']);
const CLOSERS = new Set(['\u201D', '\u00BB', '\u203A', '\u300D', '\u300F', '\uFF63']);
const SENTENCE_END = new Set(['.', '!', '?', '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u0964']);
/** Sentence ends after which CJK text goes on without a space. */
const FULL_WIDTH_END = new Set(['\u3002', '\uFF01', '\uFF1F']);
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;

/**
 * Where to end the window that starts at `from` in `p` (a paragraph longer than `max`):
 * [end, next) is left out between two windows (whitespace, or nothing after a full-width
 * sentence end). Prefers the last sentence end outside quotation marks, then any sentence
 * end, then any space, past the window's first half; else cuts at `max` (never inside a
 * surrogate pair).
 */
function windowEnd(p: string, from: number, max: number): [end: number, next: number] {
  const limit = Math.min(p.length, from + max);
  const half = from + (max >> 1);
  let open = 0;
  let straight = 0;
  let outside = -1;
  let sentence = -1;
  let space = -1;
  for (let i = from; i < limit; i++) {
    const ch = p[i]!;
    if (OPENERS.has(ch)) open++;
    else if (CLOSERS.has(ch)) open = Math.max(0, open - 1);
    else if (ch === '"') straight ^= 1;
    if (i < half) continue;
    const c = p.charCodeAt(i);
    if (isSpace(c)) {
      space = i;
      // A sentence end, with any closing marks or brackets after it, then this space.
      let j = i - 1;
      while (j > from && (CLOSERS.has(p[j]!) || p[j] === '"' || p[j] === ')')) j--;
      if (SENTENCE_END.has(p[j]!)) {
        sentence = i;
        if (open === 0 && straight === 0) outside = i;
      }
    } else if (FULL_WIDTH_END.has(ch) && i + 1 < limit && !isSpace(p.charCodeAt(i + 1))) {
      sentence = i + 1;
      if (open === 0 && straight === 0) outside = i + 1;
    }
  }
  const at = outside >= 0 ? outside : sentence >= 0 ? sentence : space;
  if (at >= 0) {
    let next = at;
    while (next < p.length && isSpace(p.charCodeAt(next))) next++;
    return [at, next];
  }
  let cut = limit;
  const c = p.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return [cut, cut];
}

/**
 * `article` with every paragraph longer than `max` split into windows, or null when no
 * paragraph is that long.
 */
export function windowArticle(article: Article, max = MAX_WINDOW_CHARS): Windowed | null {
  if (!article.paragraphs.some((p) => p.length > max)) return null;
  const paragraphs: string[] = [];
  const windowStarts: number[] = [];
  const originalStarts: number[] = [];
  const windowLengths: number[] = [];
  const paragraphOf: number[] = [];
  let original = 0;
  let windowed = 0;
  const push = (text: string, at: number, paragraph: number) => {
    paragraphs.push(text);
    windowStarts.push(windowed);
    originalStarts.push(at);
    windowLengths.push(text.length);
    paragraphOf.push(paragraph);
    windowed += text.length + PARAGRAPH_SEPARATOR.length;
  };
  article.paragraphs.forEach((p, k) => {
    let from = 0;
    while (p.length - from > max) {
      const [end, next] = windowEnd(p, from, max);
      push(p.slice(from, end), original + from, k);
      from = next;
    }
    if (from < p.length) push(p.slice(from), original + from, k);
    original += p.length + PARAGRAPH_SEPARATOR.length;
  });
  return {
    article: { ...article, paragraphs, text: paragraphs.join(PARAGRAPH_SEPARATOR) },
    windowStarts,
    originalStarts,
    windowLengths,
    paragraphOf,
  };
}

/** The window holding windowed offset `offset` (the last one starting at or before it). */
function windowAt(w: Windowed, offset: number): number {
  let lo = 0;
  let hi = w.windowStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (w.windowStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset in the original article's text of windowed offset `offset`. */
export function toArticleOffset(w: Windowed, offset: number): number {
  const k = windowAt(w, offset);
  const into = Math.min(offset - w.windowStarts[k]!, w.windowLengths[k]!);
  return w.originalStarts[k]! + Math.max(0, into);
}

/** The original paragraph of the windowed paragraph `index`. */
export function toArticleParagraph(w: Windowed, index: number): number {
  return w.paragraphOf[index] ?? index;
}
