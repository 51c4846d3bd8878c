/**
 * What the index keeps of an article: salient terms, named entities, numbers, the
 * fingerprints of its quotations and a MinHash signature of its text. Everything is
 * derived from the text alone, so the same article always gives the same features.
 */
import { extractQuotes } from './quotes';
import {
  hash32,
  isNegation,
  isStopword,
  latinKey,
  stripElision,
  tokenize,
  type Token,
} from './text';
import type { Article, ExtractedQuote } from './types';

/** Titles stripped from the front of a name ("Agriculture Minister Ilse Brandvold"). */
const TITLE_WORDS = new Set(
  (
    'president vice prime minister ministers chancellor secretary mayor governor senator senators general dr mr mrs ms miss professor prof chief director ceo ' +
    'spokesman spokeswoman spokesperson judge king queen prince princess sir lady lord madame monsieur mme herr frau señor señora sr sra don doña ' +
    'ministerin präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin ministre président présidente maire ministro ministra presidente alcalde alcaldesa ' +
    'министр президент глава мэр губернатор премьер-министр agriculture finance foreign interior health defence defense trade economy energy transport justice ' +
    'education environment labour labor deputy acting former state federal national union party leader head chairman chairwoman chair commissioner ' +
    'agrarminister agrarministerin landwirtschaftsminister landwirtschaftsministerin wirtschaftsminister wirtschaftsministerin finanzminister finanzministerin'
  ).split(' '),
);

/** Words after which a capitalised name is most likely a place. */
const PLACE_PREPOSITIONS = new Set(
  'in at from near to across into outside inside im nach aus bei vor à au aux en dans près depuis vers desde hacia cerca в во из на под около'.split(
    ' ',
  ),
);
/** Lower-case connectors that may stand inside a name ("Ana de la Cruz", "Ludwig van Dam"). */
const NAME_CONNECTORS = new Set([
  'de',
  'del',
  'la',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'y',
  'al',
  'bin',
  'ter',
]);

/** Capitalised words that name no one: days and months in the five languages. */
const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli oktober dezember ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet août septembre octobre novembre décembre ' +
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'понедельник вторник среда четверг пятница суббота воскресенье январь февраль март апрель июнь июль август сентябрь октябрь ноябрь декабрь'
  ).split(' '),
);

/** Words that introduce a name without being part of it. */
const LEADING_NOISE = new Set([
  'selon',
  'laut',
  'según',
  'gemäß',
  'according',
  'dixit',
  'avec',
  'mit',
  'con',
  'with',
  'für',
  'pour',
  'para',
  'for',
]);

/**
 * A spelling-tolerant key for a name across languages and transliterations:
 * Latin letters, y/j read as i, "ia/ya" as "a", doubled letters single
 * ("Геннадий", "Gennady" and "Gennadi" share a key).
 */
export function nameKey(norm: string): string {
  return latinKey(norm)
    .replace(/'s$/, '')
    .replace(/[yj]/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/i([aoue])/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Index keys of an entity: its whole name, and for several words the first six
 * letters of the last one, so "Brandvold" alone, "Ilse Brandvold" and the Russian
 * "Брандвольда" (genitive) meet.
 */
export function entityKeys(e: Entity): string[] {
  const parts = e.key.split(' ');
  const last = parts[parts.length - 1]!;
  const surname = last.slice(0, 6);
  return parts.length > 1 || surname !== e.key ? [e.key, surname] : [e.key];
}

export interface Entity {
  /** The name as written, titles stripped. */
  text: string;
  /** Latin, lower-case, accent-free key ("ilse brandvold"). */
  key: string;
  type: 'name' | 'place';
}

const UPPER = /^\p{Lu}/u;

/**
 * Capitalised name sequences in a text, titles stripped. Scripts without case
 * (Japanese, Chinese…) yield none; their articles match on words and numbers.
 */
export function extractEntities(text: string, language = 'und', tokens?: Token[]): Entity[] {
  const toks = tokens ?? tokenize(text, language);
  const out: Entity[] = [];
  // Words the text also writes in lower case are ordinary words when capitalised at a sentence start.
  const lowerSeen = new Set<string>();
  // Capitalised words seen away from a sentence start are names; a word capitalised only
  // where every word is ("Exports of grain fell…") is not known to be one.
  const midCaps = new Set<string>();
  toks.forEach((t, k) => {
    if (!UPPER.test(text.slice(t.start, t.start + 1))) lowerSeen.add(t.norm);
    else if (k > 0 && !isSentenceStart(text, t.start)) midCaps.add(t.norm);
  });
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const raw = text.slice(t.start, t.end);
    if (!UPPER.test(raw) || t.isNumber) {
      i++;
      continue;
    }
    // Extend over capitalised words separated by a single space or a connector.
    let j = i + 1;
    while (j < toks.length) {
      const prev = toks[j - 1]!;
      const next = toks[j]!;
      const gap = text.slice(prev.end, next.start);
      if (gap !== ' ' && gap !== '-') break;
      const nraw = text.slice(next.start, next.end);
      if (UPPER.test(nraw)) j++;
      else if (
        NAME_CONNECTORS.has(nraw) &&
        j + 1 < toks.length &&
        UPPER.test(text.slice(toks[j + 1]!.start, toks[j + 1]!.end)) &&
        text.slice(next.end, toks[j + 1]!.start) === ' '
      )
        j += 2;
      else break;
    }
    let seq = toks.slice(i, j);
    const sentenceStart = i === 0 || isSentenceStart(text, t.start);
    const prevTok = i > 0 ? toks[i - 1]! : null;
    i = j;
    // Drop leading titles, attribution words and common words ("The", "Die", "Selon").
    while (
      seq.length > 0 &&
      (TITLE_WORDS.has(seq[0]!.norm) ||
        LEADING_NOISE.has(seq[0]!.norm) ||
        isStopword(seq[0]!.norm, language))
    )
      seq = seq.slice(1);
    while (
      seq.length > 0 &&
      (TITLE_WORDS.has(seq[seq.length - 1]!.norm) || CALENDAR_WORDS.has(seq[seq.length - 1]!.norm))
    )
      seq = seq.slice(0, -1);
    if (seq.length > 0 && CALENDAR_WORDS.has(seq[0]!.norm)) seq = seq.slice(1);
    if (seq.length === 0) continue;
    if (seq.length === 1) {
      const only = seq[0]!;
      if (only.norm.length < 3 || isStopword(only.norm, language) || isNegation(only.norm))
        continue;
      // A single capitalised word at a sentence start is usually an ordinary word.
      if (sentenceStart && only === t && (lowerSeen.has(only.norm) || !midCaps.has(only.norm)))
        continue;
    }
    const first = seq[0]!;
    const last = seq[seq.length - 1]!;
    const textOf = text.slice(first.start, last.end);
    const key = seq.map((s) => nameKey(stripElision(s.norm))).join(' ');
    const isPlace = prevTok !== null && PLACE_PREPOSITIONS.has(prevTok.norm) && seq.length <= 3;
    out.push({ text: textOf, key, type: isPlace ? 'place' : 'name' });
  }
  return out;
}

/** True when the word at `at` opens a sentence, a quotation or a paragraph. */
function isSentenceStart(text: string, at: number): boolean {
  return /(^|[.!?:;"“”«»„「『]|\n)\s*$/.test(text.slice(Math.max(0, at - 4), at));
}

/** True for a number that is most likely a year (it dates the story rather than telling it). */
export function isYear(n: string): boolean {
  return /^\d{4}$/.test(n) && +n >= 1900 && +n <= 2100;
}

/** Number of hashes in a MinHash signature. */
export const MINHASH_SIZE = 16;
const MINHASH_SEEDS = Array.from(
  { length: MINHASH_SIZE },
  (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0,
);

/** MinHash signature (16-bit values) over word 5-gram shingles: two texts' Jaccard ≈ share of equal slots. */
export function minhash(tokens: string[]): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const n = Math.max(1, tokens.length - 4);
  for (let i = 0; i < n; i++) {
    const h = hash32(tokens.slice(i, i + 5).join(' '));
    for (let k = 0; k < MINHASH_SIZE; k++) {
      let x = (h ^ MINHASH_SEEDS[k]!) >>> 0;
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
      x = (x ^ (x >>> 16)) >>> 0;
      if (x < sig[k]!) sig[k] = x;
    }
  }
  // Only the low 16 bits of each minimum are kept (stored in two bytes): two different
  // minima agree there once in 65,536 times, which moves the estimate by nothing visible.
  for (let k = 0; k < MINHASH_SIZE; k++) sig[k] = sig[k]! & 0xffff;
  return sig;
}

/** Estimated Jaccard similarity of two MinHash signatures, in [0, 1]. */
export function minhashSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** Hashes of the word 4-grams of a quotation: shared ones mean shared words. */
export function quoteShingles(words: string[]): number[] {
  const out: number[] = [];
  if (words.length < 4) {
    if (words.length >= 2) out.push(hash32(words.join(' ')));
    return out;
  }
  for (let i = 0; i + 4 <= words.length; i++) out.push(hash32(words.slice(i, i + 4).join(' ')));
  return out;
}

/** Everything the index needs from one article. */
export interface ArticleFeatures {
  /** Content-term frequencies (title counted three times), keys are normalised words. */
  terms: Map<string, number>;
  entities: Entity[];
  /** Distinct numbers mentioned, years excluded, canonical form. */
  numbers: string[];
  quotes: ExtractedQuote[];
  /** Distinct 4-gram hashes of the article's statement quotations. */
  quoteHashes: number[];
  minhash: Uint32Array;
  /** Number of word tokens in the body. */
  length: number;
  language: string;
}

/** Prefixes that keep entity and number keys apart from words in one term dictionary. */
export const ENTITY_PREFIX = '@';
export const NUMBER_PREFIX = '#';

/** Content-word frequencies of a title and body (title words count three times). */
export function termCounts(
  titleTokens: Token[],
  bodyTokens: Token[],
  language: string,
): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (t: Token, w: number) => {
    if (t.isNumber) return;
    const n = stripElision(t.norm);
    if (isStopword(n, language) || n.length < 2) return;
    terms.set(n, (terms.get(n) ?? 0) + w);
  };
  for (const t of titleTokens) add(t, 3);
  for (const t of bodyTokens) add(t, 1);
  return terms;
}

export function featurize(article: Article): ArticleFeatures {
  const lang = article.language;
  const bodyTokens = tokenize(article.text, lang);
  const titleTokens = tokenize(article.title, lang);
  const terms = termCounts(titleTokens, bodyTokens, lang);
  // The outlet's own name (in a dateline or credit) says nothing about the story.
  const ownName = article.source
    ? tokenize(article.source, lang)
        .map((t) => nameKey(t.norm))
        .join(' ')
    : '';
  // Title and body together, so that a headline's capitalised common word ("Farmers
  // march…") is recognised as ordinary from its lower-case use in the body.
  const entities = extractEntities(`${article.title}\n\n${article.text}`, lang).filter(
    (e) => e.key !== ownName,
  );
  const numbers = [
    ...new Set(bodyTokens.filter((t) => t.isNumber && !isYear(t.norm)).map((t) => t.norm)),
  ];
  const quotes = extractQuotes(article);
  const qh = new Set<number>();
  for (const q of quotes) {
    if (q.kind !== 'statement') continue;
    for (const h of quoteShingles(tokenize(q.text, lang).map((t) => t.norm))) qh.add(h);
  }
  return {
    terms,
    entities,
    numbers,
    quotes,
    quoteHashes: [...qh],
    minhash: minhash(bodyTokens.map((t) => t.norm)),
    length: bodyTokens.length,
    language: lang,
  };
}
