/**
 * Quotations found for an article outside the worker (by the same code, in the page's
 * isolated world: see background/page-quotes.ts), checked before the engine uses them.
 * Anything that does not describe quotations of exactly this article's text is refused.
 */
import type { Article, AttributionMethod, ExtractedQuote, QuoteKind } from './types';

const KINDS: Record<QuoteKind, true> = { statement: true, term: true };
const METHODS: Record<AttributionMethod, true> = {
  'name-verb': true,
  'verb-name': true,
  'according-to': true,
  told: true,
  possessive: true,
  colon: true,
  pronoun: true,
};
const KIND_NAMES = new Set(Object.keys(KINDS));
const METHOD_NAMES = new Set(Object.keys(METHODS));

/** More quotations than any article analysed can hold (see MAX_ANALYZED_QUOTES). */
const MAX_QUOTES = 5000;
/** Longest speaker name taken (a name, not a paragraph). */
const MAX_SPEAKER_CHARS = 300;

const isOffset = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

const isMark = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 3;

/** `value` as the quotations of `article`, or null when it is anything else. */
export function checkQuotes(value: unknown, article: Article): ExtractedQuote[] | null {
  if (!Array.isArray(value) || value.length > MAX_QUOTES) return null;
  const text = article.text;
  const out: ExtractedQuote[] = [];
  let last = -1;
  for (const q of value as unknown[]) {
    if (typeof q !== 'object' || q === null) return null;
    const r = q as Record<string, unknown>;
    const { start, end, paragraph, kind, marks, speaker, speakerMethod, inner } = r;
    if (!isOffset(start, text.length) || !isOffset(end, text.length) || end < start) return null;
    if (start <= last) return null;
    last = start;
    if (r.text !== text.slice(start, end)) return null;
    if (!isOffset(paragraph, article.paragraphs.length - 1)) return null;
    if (typeof kind !== 'string' || !KIND_NAMES.has(kind)) return null;
    if (!Array.isArray(marks) || marks.length !== 2 || !isMark(marks[0]) || !isMark(marks[1]))
      return null;
    if (
      speaker !== null &&
      !(typeof speaker === 'string' && speaker.length > 0 && speaker.length <= MAX_SPEAKER_CHARS)
    )
      return null;
    if (
      speakerMethod !== null &&
      !(typeof speakerMethod === 'string' && METHOD_NAMES.has(speakerMethod))
    )
      return null;
    const quote: ExtractedQuote = {
      text: text.slice(start, end),
      start,
      end,
      paragraph,
      kind: kind as QuoteKind,
      marks: [marks[0], marks[1]],
      speaker,
      speakerMethod: speakerMethod as AttributionMethod | null,
    };
    if (inner !== undefined) {
      if (!Array.isArray(inner) || inner.length === 0 || inner.length > MAX_QUOTES) return null;
      const spans: { start: number; end: number }[] = [];
      for (const s of inner as unknown[]) {
        if (typeof s !== 'object' || s === null) return null;
        const { start: a, end: b } = s as Record<string, unknown>;
        if (!isOffset(a, end) || !isOffset(b, end) || a < start || b < a) return null;
        spans.push({ start: a, end: b });
      }
      quote.inner = spans;
    }
    out.push(quote);
  }
  return out;
}
