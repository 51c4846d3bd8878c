/**
 * Quotation extraction: a small state machine that pairs opening and closing quote
 * marks paragraph by paragraph, then classifies each quotation (statement or term)
 * and asks `attribution.ts` who spoke it.
 *
 * Offsets are UTF-16 code units into `Article.text`; `end` is exclusive.
 */
import type { Article, ExtractedQuote } from './types';
import { PARAGRAPH_SEPARATOR } from './types';
import { attributeQuotes, type QuoteSpan } from './attribution';
import { tokenize } from './text';
import WORDS from './data/attribution-words.json';
import { narrowedRegExp } from './letters';

/** Upper bound on quotations reported for one article, so a huge page stays cheap. */
export const MAX_QUOTES_PER_ARTICLE = 2000;

/** Paragraphs a single quotation may continue over before we stop trusting it. */
const MAX_CONTINUED_PARAGRAPHS = 30;

/**
 * For each opening mark, the marks that may close it. Mixed pairs real sites
 * produce (a curly opening closed by a straight mark and the reverse) are accepted.
 */
const CLOSERS = new Map<string, string[]>(
  Object.entries({
    '"': ['"', '\u201D', '\u201C', "''"],
    "''": ["''", '"', '\u201D'],
    '\u201C': ['\u201D', '"', '\u201C', "''"],
    '\u201E': ['\u201C', '\u201D', '"'],
    '\u201D': ['\u201D', '"'],
    '\u00AB': ['\u00BB'],
    '\u00BB': ['\u00AB'],
    '\u2039': ['\u203A'],
    '\u203A': ['\u2039'],
    '\u201A': ['\u2018', '\u2019'],
    '\u2018': ['\u2019', "'"],
    "'": ["'", '\u2019'],
    '\u300C': ['\u300D'],
    '\u300E': ['\u300F'],
  }),
);

/** Every character the scanner looks at. */
const MARKS = new Set(
  '"\'\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u201A\u2018\u2019\u300C\u300D\u300E\u300F',
);

/** Marks that only ever open (their direction never depends on context). */
const ALWAYS_OPEN = new Set('\u201E\u00AB\u2039\u300C\u300E');
/** Marks that only ever close. */
const ALWAYS_CLOSE = new Set('\u300D\u300F');
/** Single quotation marks: their closing form doubles as the apostrophe. */
const SINGLE = new Set("'\u2018\u2019\u201A\u2039\u203A");

const OPEN_PUNCT = new Set('([{<\u2014\u2013-/\u2012\u2015：，、；（【《〈');
const CLOSE_PUNCT = new Set('.,;:!?)]}>\u2026\u2014\u2013-/。，、；：！？）】》〉');

/**
 * Chinese and Japanese put marks right against the characters around them
 * (他说“这个码头……”。), so such a character before a mark is a boundary for it.
 */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK_CHAR.test(ch);

/** Whitespace including the no-break and thin spaces French typography puts inside « ». */
function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /[\s\u00A0\u202F\u2009\u200A\u2007]/u.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/** Prev is a boundary and next starts a word: the shape of an opening mark. */
function leftFlanking(prev: string | undefined, next: string | undefined): boolean {
  const prevOk = isSpace(prev) || OPEN_PUNCT.has(prev!) || MARKS.has(prev!) || isCjk(prev);
  return prevOk && !isSpace(next);
}

/** Prev ends a word or sentence and next is a boundary: the shape of a closing mark. */
function rightFlanking(prev: string | undefined, next: string | undefined): boolean {
  const nextOk = isSpace(next) || CLOSE_PUNCT.has(next!) || MARKS.has(next!);
  return nextOk && !isSpace(prev);
}

/** Elisions that begin with an apostrophe and must not open a quotation ('em, 'til, '90s). */
const ELISION = /^['\u2018\u2019](?:em|til|tis|twas|cause|bout|round|n['\u2019]|\d)/i;

interface Opener {
  mark: string;
  /** Offset of the mark itself in the article text. */
  pos: number;
  /** How many paragraph breaks the quotation has carried over so far. */
  continued: number;
}

/** A paired quotation before classification. Offsets are UTF-16, ends exclusive. */
export interface RawQuote extends QuoteSpan {
  /** Opening and closing mark as written ('' when the closing mark is missing). */
  marks: [string, string];
}

/** Families of marks that count as "the same opening mark" for a continued paragraph. */
function sameFamily(a: string, b: string): boolean {
  const fam = (m: string): string =>
    ['"', "''", '\u201C', '\u201D', '\u201E'].includes(m)
      ? 'd'
      : "'\u2018\u201A".includes(m)
        ? 's'
        : m;
  return fam(a) === fam(b);
}

/** Trims whitespace inside the marks (French « text ») and returns the word span. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/**
 * Is a single closing mark at `i` likely a plural possessive ("the farmers’ union")
 * rather than the end of a quotation? True when it follows an "s" and a word follows.
 */
function looksPossessive(text: string, i: number, paraEnd: number): boolean {
  const prev = text[i - 1];
  if (prev !== 's' && prev !== 'S') return false;
  if (i + 2 > paraEnd) return false;
  return text[i + 1] === ' ' && /[\p{L}\p{N}]/u.test(text[i + 2] ?? '');
}

/** True when a later single closing mark in the paragraph could close the same quote. */
function hasLaterStrongSingleCloser(text: string, from: number, paraEnd: number): boolean {
  for (let j = from + 1; j < paraEnd; j++) {
    const c = text[j];
    if (c !== '\u2019' && c !== "'") continue;
    const prev = text[j - 1];
    const next = j + 1 < paraEnd ? text[j + 1] : undefined;
    if (isWordChar(prev) && isWordChar(next)) continue;
    if (rightFlanking(prev, next) && !looksPossessive(text, j, paraEnd)) return true;
  }
  return false;
}

/**
 * Pairs the quote marks of `text` (paragraphs separated by "\n\n") and returns every
 * quotation span, nested ones included, sorted by start (outermost first).
 */
export function scanQuoteSpans(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  const paras: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of text.split(PARAGRAPH_SEPARATOR)) {
    paras.push({ start: at, end: at + p.length });
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }

  let stack: Opener[] = [];
  let skipUntil = -1;

  const close = (opener: Opener, closePos: number, closeMark: string, paraIdx: number): void => {
    const [s, e] = trimSpan(text, opener.pos + opener.mark.length, closePos);
    if (e <= s) return;
    out.push({
      start: s,
      end: e,
      openPos: opener.pos,
      closeEnd: closePos + closeMark.length,
      paragraph: paraOf(opener.pos),
      endParagraph: paraIdx,
      marks: [opener.mark, closeMark],
      depth: 0,
    });
  };
  const paraOf = (pos: number): number => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paras[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  for (let pi = 0; pi < paras.length; pi++) {
    const { start: ps, end: pe } = paras[pi]!;
    for (let i = ps; i < pe; i++) {
      let ch = text[i]!;
      if (!MARKS.has(ch) || i < skipUntil) continue;
      // Two straight apostrophes ('') stand for a double quotation mark in some
      // typewriter-style and newswire texts.
      const doubled = ch === "'" && text[i + 1] === "'" && i + 1 < pe;
      if (doubled) ch = "''";
      const prev = i > ps ? text[i - 1] : undefined;
      const next = i + ch.length < pe ? text[i + ch.length] : undefined;
      const inWord = isWordChar(prev) && isWordChar(next);
      const left = leftFlanking(prev, next);
      const right = rightFlanking(prev, next);
      const top = stack[stack.length - 1];

      // rock 'n' roll: both marks of "'n'" are elisions.
      if (
        (ch === "'" || ch === '\u2019' || ch === '\u2018') &&
        /^['\u2018\u2019]n['\u2019]/.test(text.slice(i, i + 3)) &&
        isSpace(text[i + 3])
      ) {
        i += 2;
        continue;
      }

      if (doubled) {
        const idx = findOpen(stack, (o) => CLOSERS.get(o.mark)!.includes(ch));
        if (idx >= 0 && !(left && !right)) {
          const opener = stack[idx]!;
          stack = stack.slice(0, idx);
          close(opener, i, ch, pi);
        } else if (left && !right) {
          stack.push({ mark: ch, pos: i, continued: 0 });
        }
        i++;
        continue;
      }

      if (SINGLE.has(ch) && ch !== '\u2039' && ch !== '\u203A') {
        // Apostrophes inside words (don't, l'homme, O'Brien) never pair.
        if (inWord) continue;
        const canCloseTop =
          top !== undefined && CLOSERS.get(top.mark)!.includes(ch) && !isSpace(prev);
        if (canCloseTop && (right || (!left && ch !== '\u2018'))) {
          if (!(looksPossessive(text, i, pe) && hasLaterStrongSingleCloser(text, i, pe))) {
            stack.pop();
            close(top, i, ch, pi);
          }
          continue;
        }
        if ((ch === "'" || ch === '\u2018' || ch === '\u201A') && left && !right) {
          if (ELISION.test(text.slice(i, i + 6))) continue;
          stack.push({ mark: ch, pos: i, continued: 0 });
        }
        continue;
      }

      if (ch === '\u2039' || ch === '\u203A') {
        const partner = ch === '\u2039' ? '\u203A' : '\u2039';
        const idx = findOpen(stack, (o) => o.mark === partner);
        if (idx >= 0 && !(ch === '\u203A' && left && !right && top?.mark !== '\u2039')) {
          const opener = stack[idx]!;
          stack = stack.slice(0, idx);
          close(opener, i, ch, pi);
        } else if (ch === '\u2039' || (left && !right)) {
          stack.push({ mark: ch, pos: i, continued: 0 });
        }
        continue;
      }

      if (ALWAYS_CLOSE.has(ch)) {
        const idx = findOpen(stack, (o) => CLOSERS.get(o.mark)!.includes(ch));
        if (idx >= 0) {
          const opener = stack[idx]!;
          stack = stack.slice(0, idx);
          close(opener, i, ch, pi);
        }
        continue;
      }

      if (ALWAYS_OPEN.has(ch)) {
        // « also closes a Danish-style » … « pair.
        if (ch === '\u00AB') {
          const idx = findOpen(stack, (o) => o.mark === '\u00BB');
          if (idx >= 0 && !(left && !right)) {
            const opener = stack[idx]!;
            stack = stack.slice(0, idx);
            close(opener, i, ch, pi);
            continue;
          }
        }
        stack.push({ mark: ch, pos: i, continued: 0 });
        continue;
      }

      if (ch === '\u00BB') {
        const idx = findOpen(stack, (o) => o.mark === '\u00AB');
        if (idx >= 0) {
          const opener = stack[idx]!;
          stack = stack.slice(0, idx);
          close(opener, i, ch, pi);
        } else if (left && !right) {
          stack.push({ mark: ch, pos: i, continued: 0 });
        }
        continue;
      }

      // Double marks whose direction depends on context: " “ ”.
      const idx = findOpen(stack, (o) => CLOSERS.get(o.mark)!.includes(ch));
      const opensHere = left && !right;
      // Between two CJK characters a mark could open or close: an open quotation closes.
      if (idx >= 0 && (ch === '\u201D' || !opensHere || (isCjk(prev) && isCjk(next)))) {
        const opener = stack[idx]!;
        stack = stack.slice(0, idx);
        close(opener, i, ch, pi);
      } else if (opensHere) {
        stack.push({ mark: ch, pos: i, continued: 0 });
      }
    }

    // Paragraph end: a quotation still open either continues (the next paragraph
    // opens with the same mark) or is dropped, so one stray mark never runs on.
    if (stack.length > 0) {
      const outer = stack[0]!;
      const nextPara = paras[pi + 1];
      const first = !nextPara
        ? undefined
        : text.startsWith("''", nextPara.start)
          ? "''"
          : text[nextPara.start];
      if (
        nextPara &&
        first !== undefined &&
        MARKS.has(first[0]!) &&
        sameFamily(first, outer.mark) &&
        outer.continued < MAX_CONTINUED_PARAGRAPHS
      ) {
        outer.continued++;
        stack = [outer];
        skipUntil = nextPara.start + first.length;
      } else {
        if (outer.continued > 0) {
          // A quotation carried over several paragraphs whose last one forgot the
          // closing mark: close it at that paragraph's end rather than lose it.
          const [s, e] = trimSpan(text, outer.pos + outer.mark.length, pe);
          if (e > s) {
            out.push({
              start: s,
              end: e,
              openPos: outer.pos,
              closeEnd: pe,
              paragraph: paraOf(outer.pos),
              endParagraph: pi,
              marks: [outer.mark, ''],
              depth: 0,
            });
          }
        }
        stack = [];
      }
    }
    if (out.length > MAX_QUOTES_PER_ARTICLE * 2) break;
  }

  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Depth: how many other quotations contain this one.
  const open: RawQuote[] = [];
  for (const q of out) {
    while (open.length > 0 && open[open.length - 1]!.closeEnd <= q.openPos) open.pop();
    q.depth = open.length;
    open.push(q);
  }
  return out;
}

function findOpen(stack: Opener[], pred: (o: Opener) => boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k]!;
    if (pred(o)) return k;
    // A single-mark opener above may be a misread apostrophe: look through it, but
    // never through a double mark that is still open.
    if (!SINGLE.has(o.mark)) return -1;
  }
  return -1;
}

/** Scripts written without spaces between words: their words come from the segmenter. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Words with letters or digits in `text` (in `language`, which picks the segmenter). */
function wordCount(text: string, language = 'und'): number {
  // "町のすべての子どもが、静かに本を読める場所を見つけてほしい" is 16 words, not 2 runs.
  if (UNSPACED.test(text)) return tokenize(text, language).length;
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.]*/gu) ?? []).length;
}

/** Short quotations at most this many words, without attribution, are terms. */
export const TERM_MAX_WORDS = 3;
/** A name or title in marks ("Meet the Press", "Harbour Lights Over Larsberg") is a term up to this many words. */
const TITLE_MAX_WORDS = 10;
const TITLE_JOINERS = new Set(
  'of the and a an in on for to at by from with or vs de la le les du des der die das und del y el'.split(
    ' ',
  ),
);

/**
 * True when the quotation reads as a name or a title: at least two words, each
 * capitalised (or a short joining word), at most a final comma or full stop (news
 * style puts those inside the marks), and no question or exclamation.
 */
function looksLikeTitle(text: string): boolean {
  const body = text.replace(/[.,]\s*$/, '');
  if (/[!?…;]\s*$/.test(body) || /[.!?]\s/.test(body)) return false;
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > TITLE_MAX_WORDS) return false;
  if (!/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_JOINERS.has(w));
}

/** "als", or a conjunction joining it to a neighbouring quotation, next to quotation `k`. */
function framedOrPaired(text: string, raw: RawQuote[], k: number): boolean {
  const q = raw[k]!;
  const before = text.slice(Math.max(0, q.openPos - 12), q.openPos);
  if (/(?:^|\s)als\s*$/iu.test(before)) return true;
  const joins = /^\s*(?:,\s*|und|oder|sowie|bis|noch)?\s*$/u;
  const prev = raw[k - 1];
  const next = raw[k + 1];
  return (
    (prev !== undefined &&
      prev.closeEnd <= q.openPos &&
      joins.test(text.slice(prev.closeEnd, q.openPos))) ||
    (next !== undefined &&
      next.openPos >= q.closeEnd &&
      joins.test(text.slice(q.closeEnd, next.openPos)))
  );
}

const wordsRe = (list: string[]): RegExp =>
  narrowedRegExp(String.raw`(?<![\p{L}\p{M}])(?:${list.join('|')})(?![\p{L}\p{M}])`, 'iu');
/**
 * Words that make quoted words someone's words for a thing ("nannte den Plan einen
 * „Wortbruch“", "skandierten Parolen wie „…“").
 */
const DE_TERM_FRAME = wordsRe(WORDS.deTermFrames);
const DE_VERBS = WORDS.verbs.de.join('|');
/** A reporting verb and a comma or colon right before the mark ("sagte, „…“"). */
const DE_REPORTED_RIGHT_BEFORE = narrowedRegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${DE_VERBS})\s*[,:]\s*$`,
  'iu',
);
/** A comma and a reporting verb right after the mark ("„Endlich“, sagte sie"). */
const DE_REPORTED_RIGHT_AFTER = narrowedRegExp(String.raw`^\s*,\s*(?:${DE_VERBS})(?!\p{L})`, 'iu');
/** A noun for words someone said or wrote right before the mark ("Parolen wie „…“"). */
const DE_SLOGAN_BEFORE = narrowedRegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${WORDS.deSpeechNouns.join('|')})(?:\s+wie(?:\s+(?:zum\s+Beispiel|etwa))?)?\s*$`,
  'iu',
);
const DE_TITLE_WORDS = new Set(WORDS.deTitleWords);
/** Names of laws, prizes and orders run long ("Gesetz zur Änderung des Passgesetzes"). */
const DE_TITLE_MAX_WORDS = 14;
/** An article that opens the sentence right before the mark ("Der „…“ geht an …"). */
const DE_ARTICLE_ALONE =
  /^\s*(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|im|am|beim|zum|zur|vom)\s*$/iu;
const DE_VERBS_IN_TITLE = new Set(WORDS.deNotSpeakingVerbs);

/** The sentence before `pos` in its paragraph, up to 200 characters. */
function clauseBefore(text: string, pos: number): string {
  const para = text.lastIndexOf(PARAGRAPH_SEPARATOR, pos);
  const from = Math.max(para < 0 ? 0 : para + PARAGRAPH_SEPARATOR.length, pos - 200);
  const slice = text.slice(from, pos);
  const stop = /.*[.!?:;]\s/su.exec(slice);
  return stop ? slice.slice(stop[0].length) : slice;
}

/**
 * Words shaped like a German name of a thing rather than speech: capitalised
 * nouns joined by articles, prepositions and inflected adjectives ("Gesetz zur
 * Änderung des Passgesetzes", "Rundschau am Sonntag"), with no verb or adverb.
 */
function germanTitleWords(quoted: string): boolean {
  for (const raw of quoted.split(/\s+/u)) {
    const w = raw.replace(/^[([„"‚']+|[)\],"“‘']+$/gu, '');
    if (!/\p{L}/u.test(w) || /^[\p{Lu}\d]/u.test(w) || /\p{L}\.\p{L}/u.test(w)) continue;
    const lower = w.toLowerCase();
    if (DE_VERBS_IN_TITLE.has(lower)) return false;
    if (!DE_TITLE_WORDS.has(lower) && !/^\p{Ll}{3,}(?:e|en|er|es|em)$/u.test(w)) return false;
  }
  return true;
}

/**
 * German capitalised quotations that name a thing although a speaker or cue is
 * near: a lone noun nothing frames as someone's word ("mit einem geplanten
 * „Militanzverbot“", against "nannte den Plan einen „Wortbruch“", "als
 * „Unverschämtheit“ zurückgewiesen", "sagte, „Sperrzonen“ dürfe es nicht geben"),
 * and, with no speaker, a title-shaped noun phrase inside the sentence ("Teile des
 * „Gesetzes über den Verfassungsschutz“").
 */
function germanThingInSentence(
  text: string,
  raw: RawQuote[],
  k: number,
  words: number,
  hasSpeaker: boolean,
): boolean {
  const q = raw[k]!;
  const quoted = text.slice(q.start, q.end);
  // Sentence punctuation or an editor's brackets ("Probleme[n]") mark quoted words.
  const ending = quoted.replace(/(?<=\p{L}\.\p{L})\.$/u, '');
  if (!/^[\p{Lu}\d]/u.test(quoted) || /[.!?…:;,]$|[!?]\s|\.\s+\p{Lu}|\[/u.test(ending))
    return false;
  const before = clauseBefore(text, q.openPos);
  if (DE_TERM_FRAME.test(before)) return false;
  if (words === 1)
    return (
      !framedOrPaired(text, raw, k) &&
      !DE_REPORTED_RIGHT_BEFORE.test(before) &&
      !DE_REPORTED_RIGHT_AFTER.test(text.slice(q.closeEnd, q.closeEnd + 40))
    );
  if (hasSpeaker || words > DE_TITLE_MAX_WORDS) return false;
  const inSentence = /\p{Ll}[\p{L}\p{M}.-]*\s*$/u.test(before) || DE_ARTICLE_ALONE.test(before);
  return inSentence && germanTitleWords(quoted);
}

/**
 * A German adjective and noun in marks inside a noun phrase of a narrative
 * sentence ("mit einer „virtuellen Bombe“", "verfügte eine „große Koalition“"):
 * a scare quote, unless a verb of saying in the clause makes it reported words.
 */
function germanScareNounPhrase(text: string, openPos: number, quoted: string): boolean {
  return (
    /^\p{Ll}\p{L}*(?:e|en|er|es|em)\s\p{Lu}\p{L}+$/u.test(quoted) &&
    /\p{Ll},?\s(?:der|die|das|dem|den|des|eine?[mnrs]?|im|am|beim|zum|zur|vom)\s*$/u.test(
      text.slice(Math.max(0, openPos - 20), openPos),
    ) &&
    !/(?<![\p{L}\p{M}])(?:sag|erklär|mein|forder|warn|kritisier)(?:en|t|te|ten)(?![\p{L}\p{M}])/iu.test(
      clauseBefore(text, openPos),
    )
  );
}

/**
 * All top-level quotations in the article, in text order. A quotation inside
 * another is attached to its outermost parent as `inner`, not reported itself.
 */
export function extractQuotes(article: Article): ExtractedQuote[] {
  const text = article.text;
  if (!text) return [];
  const raw = scanQuoteSpans(text).slice(0, MAX_QUOTES_PER_ARTICLE);
  const spans: QuoteSpan[] = raw.map((q) => ({
    start: q.start,
    end: q.end,
    openPos: q.openPos,
    closeEnd: q.closeEnd,
    paragraph: q.paragraph,
    endParagraph: q.endParagraph,
    depth: q.depth,
  }));
  const found = attributeQuotes(text, spans, article.language);
  const out: ExtractedQuote[] = [];
  raw.forEach((q, k) => {
    const parent = out[out.length - 1];
    if (q.depth > 0 && parent) {
      // Spans are sorted by start, parents first: the last top-level one holds it.
      (parent.inner ??= []).push({ start: q.start, end: q.end });
      return;
    }
    const quoted = text.slice(q.start, q.end);
    const att = found[k]!;
    const words = wordCount(quoted, article.language);
    // German writes names and titles with a capital: a short quotation that opens
    // in lower case ("„völlig unrealistisch“") is someone's words, not a name.
    // A lone lower-case word with nothing that reports it ("nur", "„entsorgen“") is
    // a scare quote, unless a frame makes it someone's word ("als „falsch“
    // zurückgewiesen") or it pairs with another quotation ("„weniger gut“ oder
    // „schlecht“").
    const scare =
      words === 1 && att.attribution === null && !att.hasCue && !framedOrPaired(text, raw, k);
    const quotedWords = article.language === 'de' && /^\p{Ll}/u.test(quoted) && !scare;
    // A slogan or a call is someone's words, however short ("mit der Parole „Wir
    // kommen wieder“").
    const saidWords =
      (article.language === 'de' &&
        DE_SLOGAN_BEFORE.test(text.slice(Math.max(0, q.openPos - 40), q.openPos))) ||
      // A sentence of its own after a colon is what someone said or wrote.
      (article.language === 'de' &&
        /[.!?…]$/u.test(quoted) &&
        /:[ \u00A0]*$/u.test(text.slice(Math.max(0, q.openPos - 4), q.openPos)));
    const isTerm =
      !saidWords &&
      (att.isNamed ||
        (att.attribution === null && words <= TERM_MAX_WORDS && !att.hasCue && !quotedWords) ||
        ((att.attribution === null || !att.hasCue) && looksLikeTitle(quoted)) ||
        (att.nameSlot && looksLikeTitle(quoted)) ||
        (article.language === 'de' &&
          germanThingInSentence(text, raw, k, words, att.attribution !== null)) ||
        (article.language === 'de' &&
          att.attribution === null &&
          !att.hasCue &&
          germanScareNounPhrase(text, q.openPos, quoted)));
    out.push({
      text: quoted,
      start: q.start,
      end: q.end,
      paragraph: q.paragraph,
      kind: isTerm ? 'term' : 'statement',
      marks: q.marks,
      speaker: isTerm ? null : (att.attribution?.speaker ?? null),
      speakerMethod: isTerm ? null : (att.attribution?.method ?? null),
    });
  });
  if (article.language === 'de') markListedNames(text, out);
  if (article.language === 'de') markRepeatedNames(out);
  return out;
}

/**
 * A short quotation the article quotes again as a name elsewhere ("die
 * Kartoffelsorte „Amflora“" … "einen Anbaustopp für „Amflora“", "die Firma „hafen
 * energie ag“" … "ein Vertreter der „hafen energie ag“") is a name every time; a
 * lone lower-case word is too often a scare quote to count.
 */
function markRepeatedNames(quotes: ExtractedQuote[]): void {
  const names = new Set<string>();
  for (const q of quotes) if (q.kind === 'term') names.add(q.text.replace(/[.,]$/u, ''));
  for (const q of quotes) {
    const shaped = /^[\p{Lu}\d]/u.test(q.text) || wordCount(q.text) >= 2;
    if (q.kind !== 'statement' || !shaped || wordCount(q.text) > 5) continue;
    if (!names.has(q.text.replace(/[.,]$/u, ''))) continue;
    q.kind = 'term';
    q.speaker = null;
    q.speakerMethod = null;
  }
}

/** What joins the items of a list: a comma, "und", "oder", "sowie", "bzw.". */
const LIST_JOIN = /^[ \u00A0]*(?:,|und|oder|sowie|bzw\.)[ \u00A0]*$/u;

/**
 * Items of one list share a kind: a title-shaped quotation without a speaker
 * listed next to a name ("in „Nackt unter Wölfen“ oder „Jeder stirbt für sich
 * allein“") is a name as well.
 */
function markListedNames(text: string, quotes: ExtractedQuote[]): void {
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    quotes.forEach((q, i) => {
      if (q.kind !== 'statement') return;
      if (!/^[\p{Lu}\d]/u.test(q.text) || /[.!?…:]$/u.test(q.text) || wordCount(q.text) > 12)
        return;
      const joined = (a: ExtractedQuote | undefined, b: ExtractedQuote | undefined): boolean =>
        a !== undefined &&
        b !== undefined &&
        (a === q ? b : a).kind === 'term' &&
        LIST_JOIN.test(text.slice(a.end + 1, b.start - 1));
      if (joined(quotes[i - 1], q) || joined(q, quotes[i + 1])) {
        q.kind = 'term';
        q.speaker = null;
        q.speakerMethod = null;
        changed = true;
      }
    });
    if (!changed) return;
  }
}
