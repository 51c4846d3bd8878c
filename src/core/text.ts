/**
 * Text normalisation and tokenisation shared by every matcher. Works for any script:
 * words come from `Intl.Segmenter`, so languages without spaces segment too.
 */
import { deu, eng, fra, rus, spa } from 'stopword';
import NUMBER_NAMES from './data/number-words.json';

/** Languages with a stop-word list and reporting-verb patterns. */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const QUOTE_LIKE = /[\u2018\u2019\u201A\u201B\u2032\u2035`´]/g;
const DOUBLE_QUOTE_LIKE =
  /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\u2033\u2036]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE_LIKE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/**
 * NFKC, one form for every quote mark, apostrophe and dash, and single spaces.
 * Keeps the length relation loose: use it for comparison, never for offsets.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(QUOTE_LIKE, "'")
    .replace(DOUBLE_QUOTE_LIKE, '"')
    .replace(DASH_LIKE, '-')
    .replace(SPACE_LIKE, ' ')
    .trim();
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(language: string): Intl.Segmenter {
  let seg = segmenters.get(language);
  if (!seg) {
    seg = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'word' });
    segmenters.set(language, seg);
  }
  return seg;
}

const GROUPED_NUMBER = /^\d{1,3}(?:[,.\u00A0\u202F ']\d{3})+$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/**
 * Canonical form of a numeric token: digit grouping removed ("2,000", "2.000" and
 * "2 000" are all "2000"), a decimal comma becomes a point ("12,5" is "12.5").
 */
export function normalizeNumber(token: string): string {
  if (GROUPED_NUMBER.test(token)) return token.replace(/[^\d]/g, '');
  if (DECIMAL_COMMA.test(token)) return token.replace(',', '.');
  return token;
}

/**
 * Written numbers that stand alone as one word, in the five languages, so that "three
 * winters", "drei Winter" and "3 winters" agree, by the digits they stand for
 * (data/number-words.json). "One" and its kin are left out: they are articles and
 * pronouns far more often than numbers.
 */
const NUMBER_WORDS = new Map<string, string>();
for (const [digits, names] of Object.entries(NUMBER_NAMES)) {
  for (const n of names) NUMBER_WORDS.set(n, digits);
}

/** A word token with its place in the source string (UTF-16, end exclusive). */
export interface Token {
  /** Lower-cased, NFKC, apostrophes unified, numbers canonical. */
  norm: string;
  start: number;
  end: number;
  isNumber: boolean;
}

const DIGIT = /\d/;
/** Han, kana, Hangul, Thai, Lao, Khmer, Myanmar: words are not separated by spaces. */
const NEEDS_SEGMENTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A number with its grouping and decimals, or letters joined by in-word apostrophes and periods-free marks. */
const WORD_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}_]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Word tokens of `text` in order, with offsets into `text`. */
export function tokenize(text: string, language = 'und'): Token[] {
  const out: Token[] = [];
  const push = (raw: string, start: number) => {
    let norm = raw.normalize('NFKC').toLowerCase().replace(QUOTE_LIKE, "'");
    // Arabic-Indic and Persian digits ("٢٠٢٤") are the digits they stand for.
    const first = raw.charCodeAt(0);
    if (first >= 0x0660 && first <= 0x06f9) norm = norm.replace(EASTERN_DIGITS, easternDigit);
    let isNumber = DIGIT.test(norm) && /^[\d.,\u00A0\u202F\u2009 ']+$/.test(norm);
    if (isNumber) norm = normalizeNumber(norm);
    else {
      const digits = NUMBER_WORDS.get(norm);
      if (digits !== undefined) {
        norm = digits;
        isNumber = true;
      }
    }
    out.push({ norm, start, end: start + raw.length, isNumber });
  };
  if (!NEEDS_SEGMENTER.test(text)) {
    // Scripts with spaces: a regular expression splits words as the Unicode word-boundary
    // rules do for them (apostrophes inside words and digit grouping kept), many times faster.
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) push(m[0], m.index);
    return withFigures(out, text, language);
  }
  // Scripts written without spaces need the dictionary-based segmenter, piece by piece
  // (see `boundedPieces`); pieces without such a script take the regular expression.
  for (const [from, to] of boundedPieces(text)) {
    const piece = text.slice(from, to);
    if (NEEDS_SEGMENTER.test(piece)) {
      for (const s of wordSegmenter(language).segment(piece)) {
        if (s.isWordLike || LETTER_OR_DIGIT.test(s.segment)) push(s.segment, from + s.index);
      }
    } else {
      WORD_RE.lastIndex = 0;
      for (let m = WORD_RE.exec(piece); m; m = WORD_RE.exec(piece)) push(m[0], from + m.index);
    }
  }
  return withFigures(out, text, language);
}

const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const easternDigit = (d: string): string => String((d.charCodeAt(0) - 0x0660) % 0x90);

/** Spaces that group thousands in any language: no-break, narrow no-break, thin. */
const GROUP_SPACE = /^[\u00A0\u202F\u2009]$/;
/** Languages that also group thousands by a plain space: French, Russian, Polish, Spanish. */
const SPACE_GROUPING = new Set(['fr', 'ru', 'pl', 'es']);
const THREE_DIGITS = /^\d{3}$/;
const FEW_DIGITS = /^\d{1,3}$/;

/**
 * The word for a thousand after a figure, by language ("5 тыс.", "5 bin", "7 mil", "5
 * آلاف" are 5000, as "5,000" is).
 */
const THOUSAND_WORDS = new Map<string, ReadonlySet<string>>([
  ['en', new Set(['thousand'])],
  ['de', new Set(['tausend'])],
  ['fr', new Set(['mille'])],
  ['es', new Set(['mil'])],
  ['ru', new Set(['тыс', 'тысяча', 'тысячи', 'тысяч', 'тысячу'])],
  ['pl', new Set(['tys', 'tysiąc', 'tysiące', 'tysięcy', 'tysiąca'])],
  ['tr', new Set(['bin'])],
  ['ar', new Set(['ألف', 'الف', 'آلاف', 'الاف'])],
]);

/**
 * `tokens` with figures read whole: digits grouped by a space ("15 000", "15\u202F000";
 * a plain space only in the languages that group by it) are one number, and a figure
 * followed by the word for a thousand is its thousands. Tokens are changed in place.
 */
function withFigures(tokens: Token[], text: string, language: string): Token[] {
  const plainSpace = SPACE_GROUPING.has(language);
  const thousands = THOUSAND_WORDS.get(language);
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    tokens[kept++] = t;
    if (!t.isNumber) continue;
    let next = tokens[i + 1];
    if (next?.isNumber && FEW_DIGITS.test(t.norm)) {
      while (next?.isNumber && THREE_DIGITS.test(text.slice(next.start, next.end))) {
        const gap = text.slice(t.end, next.start);
        if (!(GROUP_SPACE.test(gap) || (plainSpace && gap === ' '))) break;
        t.norm += next.norm;
        t.end = next.end;
        i++;
        next = tokens[i + 1];
      }
    }
    if (!thousands || !next || !/^\s+$/.test(text.slice(t.end, next.start))) continue;
    // The word as written: on its own, "thousand" is a figure (number-words.json).
    const word = text.slice(next.start, next.end).normalize('NFKC').toLowerCase();
    const value = Number(t.norm);
    if (!thousands.has(word) || !(value > 0 && value < 1000)) continue;
    t.norm = String(Math.round(value * 1000));
    next.norm = word;
    next.isNumber = false;
  }
  tokens.length = kept;
  return tokens;
}

/**
 * Longest piece of text (UTF-16 code units) handed to Intl.Segmenter at once. In Node
 * the segmenter's time grows much faster than the text's length (a 80,000-character
 * text took seconds), so long texts are cut first.
 */
export const SEGMENT_PIECE = 2000;
const PIECE_BREAKS = [
  /\n/g,
  /[.!?\u3002\uFF01\uFF1F\u061F\u0964](?=\s|$)|[\u3002\uFF01\uFF1F]/g,
  /\s/g,
];

/**
 * `[start, end)` pieces covering `text` in order, each at most SEGMENT_PIECE long:
 * cut after a line break when there is one in the second half of the window, else
 * after a sentence end, else after a space, else anywhere but inside a surrogate pair.
 */
export function* boundedPieces(text: string): Generator<[number, number]> {
  let from = 0;
  while (text.length - from > SEGMENT_PIECE) {
    const limit = from + SEGMENT_PIECE;
    let cut = -1;
    for (const re of PIECE_BREAKS) {
      re.lastIndex = from + (SEGMENT_PIECE >> 1);
      let last = -1;
      for (let m = re.exec(text); m && m.index < limit; m = re.exec(text))
        last = m.index + m[0].length;
      if (last > from) {
        cut = last;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    yield [from, cut];
    from = cut;
  }
  if (from < text.length || text.length === 0) yield [from, text.length];
}

/** Just the normalised words of `text`. */
export function words(text: string, language = 'und'): string[] {
  return tokenize(text, language).map((t) => t.norm);
}

// Keyed by an article's language tag, which comes from the page or the pack: a Map, so
// that a tag such as "constructor" finds nothing instead of Object's own properties.
const STOPWORDS = new Map<string, Set<string>>([
  ['en', new Set(eng)],
  ['de', new Set(deu)],
  ['fr', new Set(fra)],
  ['es', new Set(spa)],
  ['ru', new Set(rus)],
]);
// Function words the packaged English list leaves out but that carry no story content.
for (const w of [
  'will',
  'shall',
  'would',
  'could',
  'should',
  'can',
  'may',
  'must',
  'said',
  'says',
  'also',
  'any',
  'an',
  "it's",
  'its',
  'last',
  'next',
  'one',
  'told',
  'mr',
  'ms',
  'mrs',
])
  STOPWORDS.get('en')!.add(w);
const ALL_STOPWORDS = new Set<string>([...STOPWORDS.values()].flatMap((s) => [...s]));

/** Negation markers per language; French counts "ne/n'" and the words that pair with it. */
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "shouldn't",
  "wouldn't",
  "couldn't",
  "haven't",
  "hasn't",
  "hadn't",
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'nie',
  'niemals',
  'nichts',
  'ne',
  "n'",
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'rien',
  'nullement',
  'nunca',
  'jamás',
  'ningún',
  'ninguna',
  'ninguno',
  'nada',
  'nadie',
  'tampoco',
  'не',
  'ни',
  'нет',
  'никогда',
  'ничего',
  'никто',
  'нельзя',
]);

/** True when `norm` (a normalised token) is a negation marker in any supported language. */
export function isNegation(norm: string): boolean {
  if (NEGATIONS.has(norm)) return true;
  if (norm.endsWith("n't")) return true;
  // French elision glued to the verb by the segmenter: "n'accepterons".
  return norm.startsWith("n'") && norm.length > 2;
}

/** True when the token says nothing about the story (stop word, negation, one letter). */
export function isStopword(norm: string, language = 'und'): boolean {
  if (norm.length < 2 && !DIGIT.test(norm)) return true;
  if (isNegation(norm)) return true;
  const list = STOPWORDS.get(language);
  return list
    ? list.has(norm) || (ALL_STOPWORDS.has(norm) && norm.length < 4)
    : ALL_STOPWORDS.has(norm);
}

/** Strip French/Italian elisions ("l'accord" → "accord") for content comparison. */
export function stripElision(norm: string): string {
  const m = /^(?:[ldjmntsc]|qu|jusqu|lorsqu|puisqu)'(.+)$/.exec(norm);
  return m ? m[1]! : norm;
}

const CYRILLIC = new Map<string, string>(
  Object.entries({
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'e',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'i',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
  }),
);

/**
 * A Latin-letter, accent-free key for comparing names and cognates across languages
 * and scripts ("Брандвольд" and "Brandvold" share most of their key).
 */
export function latinKey(norm: string): string {
  if (ASCII_WORD.test(norm)) return norm;
  let out = latinCache.get(norm);
  if (out !== undefined) return out;
  out = '';
  for (const ch of norm.normalize('NFD')) {
    if (COMBINING.test(ch)) continue;
    out += CYRILLIC.get(ch) ?? ch;
  }
  // Words repeat across a corpus; a bounded memo keeps the work per distinct word.
  if (latinCache.size > 100_000) latinCache.clear();
  latinCache.set(norm, out);
  return out;
}
const ASCII_WORD = /^[a-z0-9' ]*$/;
const COMBINING = /\p{M}/u;
const latinCache = new Map<string, string>();

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

/** Sentences of `text` with offsets (UTF-16, end exclusive), whitespace trimmed. */
export function sentences(
  text: string,
  language = 'und',
): { text: string; start: number; end: number }[] {
  let seg = sentenceSegmenters.get(language);
  if (!seg) {
    seg = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'sentence' });
    sentenceSegmenters.set(language, seg);
  }
  const out: { text: string; start: number; end: number }[] = [];
  for (const [from, to] of boundedPieces(text)) {
    for (const s of seg.segment(text.slice(from, to))) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (!body) continue;
      const start = from + s.index + lead;
      out.push({ text: body, start, end: start + body.length });
    }
  }
  return out;
}

/** FNV-1a 32-bit hash of a string; stable across runs and contexts. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
