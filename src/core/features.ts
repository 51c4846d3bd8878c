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
    'president vice prime minister ministers chancellor secretary mayor governor senator senators sen rep gov general dr mr mrs ms miss professor prof chief director ceo ' +
    'spokesman spokeswoman spokesperson judge king queen prince princess sir lady lord madame monsieur mme herr frau señor señora sr sra don doña ' +
    'ministerin präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin ministre président présidente maire ministro ministra presidente alcalde alcaldesa ' +
    'министр президент глава мэр губернатор премьер-министр agriculture finance foreign interior health defence defense trade economy energy transport justice ' +
    'education environment labour labor deputy acting former state federal national union party leader head chairman chairwoman chair commissioner ' +
    'agrarminister agrarministerin landwirtschaftsminister landwirtschaftsministerin wirtschaftsminister wirtschaftsministerin finanzminister finanzministerin'
  ).split(' '),
);

/** Last words of a body's name that are also title words. */
const BODY_HEADS = new Set(['union', 'party', 'state']);

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
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december feb aug sept oct nov dec ' +
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
 * Languages that decline names: Polish and Russian write "Tusk" as "Tuska", "Tuskowi",
 * "Tuskiem", "Туска"… so a name's case ending is read off before two keys are compared.
 */
export const DECLINING_LANGUAGES = 'pl ru uk be cs sk sl hr sr bs'.split(' ');

/** True for a language that declines names (see `nameStem`). */
export const declinesNames = (language: string) => DECLINING_LANGUAGES.includes(language);

/**
 * Case endings of names in those languages, as a name key spells them (see `nameKey`:
 * "ы" and "y" as "i", "ie" as "e", "ą" as "a"), longest first.
 */
const CASE_ENDINGS = 'owi ogo ego omu emu em om im oi ei a u e i'.split(' ');
/** Letters a name keeps once its ending is read off: shorter stems meet unrelated names. */
const MIN_NAME_STEM = 3;

/**
 * A one-word name key (see `nameKey`) without the case ending a declining language adds
 * ("dosa" of "Dossa", "dosowi", "dosem": "dos"), or the key itself when none applies or
 * fewer than three letters would remain. A nominative's own vowel goes too ("obama" gives
 * "obam", as "Obamy" does), so stems are compared with stems only.
 */
export function nameStem(key: string): string {
  const ending = /^[a-z]+$/.test(key)
    ? CASE_ENDINGS.find((e) => key.endsWith(e) && key.length - e.length >= MIN_NAME_STEM)
    : undefined;
  return ending ? key.slice(0, -ending.length) : key;
}

/** The forms a declining language gives a name of stem `stem` ("dos": "dos", "dosa", "dosowi"…). */
export const nameForms = (stem: string) =>
  stem.length < MIN_NAME_STEM ? [] : [stem, ...CASE_ENDINGS.map((e) => stem + e)];

/** Letters of a surname the index keeps as a key of its own (see `entityKeys`). */
export const SURNAME_PREFIX = 6;

/**
 * Index keys of an entity: its whole name, and for several words the first six
 * letters of the last one, so "Brandvold" alone, "Ilse Brandvold" and the Russian
 * "Брандвольда" (genitive) meet.
 */
export function entityKeys(e: Entity): string[] {
  const parts = e.key.split(' ');
  const last = parts[parts.length - 1]!;
  const surname = last.slice(0, SURNAME_PREFIX);
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
    // A run that ends in "Union", "Party" or "State" is a body's whole name ("Southern Trade
    // Union", "Labour Party"), not a person's title after its domain ("Trade Minister").
    const body = seq.length > 1 && BODY_HEADS.has(seq[seq.length - 1]!.norm);
    while (
      !body &&
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
    // Turkish writes a proper name's case endings after an apostrophe ("Doss'un",
    // "Ankara'da"): the name is what comes before it.
    const key = seq
      .map((s) => nameKey(language === 'tr' ? s.norm.replace(/'.*$/, '') : stripElision(s.norm)))
      .join(' ');
    const isPlace = prevTok !== null && PLACE_PREPOSITIONS.has(prevTok.norm) && seq.length <= 3;
    out.push({ text: textOf, key, type: isPlace ? 'place' : 'name' });
  }
  // A name the text places anything "in" or "from" once is a place wherever it stands
  // ("Florida voters", "in Florida").
  const places = new Set(out.filter((e) => e.type === 'place').map((e) => e.key));
  for (const e of out) if (places.has(e.key)) e.type = 'place';
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

/** Arabic letters as the consonants a Latin spelling of the same name most often has. */
const ARABIC_CONSONANTS = new Map<string, string>(
  Object.entries({
    ب: 'b',
    ت: 't',
    ث: 's',
    ج: 'k',
    خ: 'k',
    د: 't',
    ذ: 's',
    ر: 'r',
    ز: 's',
    س: 's',
    ش: 's',
    ص: 's',
    ض: 't',
    ط: 't',
    ظ: 's',
    غ: 'k',
    ف: 'f',
    ق: 'k',
    ك: 'k',
    ل: 'l',
    م: 'm',
    ن: 'n',
    پ: 'b',
    چ: 's',
    ڤ: 'f',
    گ: 'k',
  }),
);
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** The Arabic article joined to a word, with a clitic before it ("wa-", "bi-", "li-"…). */
export const ARABIC_ARTICLE = /^(?:[وفبلك]?ال|لل)/u;

/**
 * The consonant skeleton of a name, the same in most scripts and transliterations:
 * "Khanzir", the Russian "Канзир" and the Arabic "خنزير" all give "knsr", "Saqib",
 * "Сакиб" and "ثاقب" "skb". Vowels, h, w, y and j (which scripts write as vowels or not
 * at all) are dropped, sounds that spellings swap are merged (c/k/q/g, d/t, s/z, p/b,
 * v/f), doubled letters made single, and the first four kept. Empty when fewer than
 * three consonants remain: a shorter skeleton matches too many unrelated words.
 */
export function nameSkeleton(norm: string): string {
  let s: string;
  if (ARABIC_LETTER.test(norm)) {
    // The article "al-" joined to the word, and a clitic before it ("wal-", "bil-"), are
    // not part of the name.
    const article = ARABIC_ARTICLE.exec(norm);
    const w =
      article && norm.length - article[0].length >= 3 ? norm.slice(article[0].length) : norm;
    s = '';
    for (const ch of w) s += ARABIC_CONSONANTS.get(ch) ?? '';
  } else {
    s = latinKey(norm)
      .replace(/[^a-z]/g, '')
      .replace(/x/g, 'ks')
      .replace(/[aeiouhwyj]/g, '')
      .replace(/[cqg]/g, 'k')
      .replace(/d/g, 't')
      .replace(/z/g, 's')
      .replace(/p/g, 'b')
      .replace(/v/g, 'f');
  }
  s = s.replace(/(.)\1+/g, '$1').slice(0, 4);
  return s.length >= 3 ? s : '';
}

/**
 * A name key with the spellings that transliteration varies merged ("Химена Караваль"
 * gives "himena karaval", the Spanish "Ximena Caraval" "ximena caraval": both
 * "himena karaval" here).
 */
export function looseKey(key: string): string {
  let out = looseCache.get(key);
  if (out !== undefined) return out;
  if (looseCache.size >= CACHE_LIMIT) looseCache.clear();
  out = key
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'h')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
  looseCache.set(key, out);
  return out;
}
const looseCache = new Map<string, string>();
/** Entries kept in a lookup cache before it starts over (bounds its memory). */
const CACHE_LIMIT = 50_000;

/**
 * The beginning of a word in Latin letters, with the spellings languages swap merged: the
 * key of inflected forms and cognates ("satélite", "Satellit", "satellite", the Russian
 * "спутник" aside), which works in languages we have no stemmer for. Empty for words
 * shorter than the stem and for scripts Latin letters do not render.
 */
export function wordStem(norm: string): string {
  if (norm.length < STEM_LETTERS) return '';
  const s = looseKey(latinKey(norm)).replace(/y/g, 'i');
  return /^[a-z]+$/.test(s.slice(0, STEM_LETTERS)) && s.length >= STEM_LETTERS
    ? s.slice(0, STEM_LETTERS)
    : '';
}
/** Letters of a word's beginning kept as its stem. */
export const STEM_LETTERS = 5;

/** Index keys of evidence that survives translation: prefixes keep them apart from words. */
export const STEM_PREFIX = '~';
export const SKELETON_PREFIX = '%';

/**
 * Index terms of an article: each word of at least `STEM_LETTERS` letters by its stem
 * (so inflected forms and cognates in other languages meet, "Satellit" and "satellite"),
 * shorter words and words in other scripts as they are.
 */
export function indexTerms(terms: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, tf] of terms) {
    const stem = wordStem(w);
    const k = stem ? STEM_PREFIX + stem : w;
    out.set(k, (out.get(k) ?? 0) + tf);
  }
  return out;
}

/**
 * Consonant skeletons of an article's names with their counts, prefixed: what its
 * translations share whatever their script. A language without capital letters (Arabic)
 * cannot tell its names from other words, so every word there gives a skeleton;
 * elsewhere only names do (in German, names of several words), so common words never
 * meet by chance.
 */
export function nameSkeletons(toks: Token[], ents: Entity[], lang: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1);
  if (CASELESS.has(lang)) {
    for (const t of toks) {
      if (t.isNumber || t.norm.length < 3 || isStopword(t.norm, lang)) continue;
      const sk = nameSkeleton(t.norm);
      if (sk) add(SKELETON_PREFIX + sk);
    }
  } else {
    for (const e of ents) {
      // German capitalises every noun: only a name of several words is surely a name.
      if (lang === 'de' && !e.key.includes(' ')) continue;
      for (const part of e.key.split(' ')) {
        const sk = nameSkeleton(part);
        if (sk) add(SKELETON_PREFIX + sk);
      }
    }
  }
  return out;
}
/** Languages whose script has no capital letters to mark names. */
const CASELESS = new Set(['ar', 'fa', 'ur', 'he']);

/** True for a language whose script has no capital letters to mark names. */
export function isCaseless(language: string): boolean {
  return CASELESS.has(language);
}

/** Everything the index needs from one article. */
export interface ArticleFeatures {
  /**
   * Content-term frequencies (title counted three times), keys are normalised words, the
   * longer ones by their stem (see `indexTerms`).
   */
  terms: Map<string, number>;
  entities: Entity[];
  /** Distinct numbers mentioned, years excluded, canonical form. */
  numbers: string[];
  quotes: ExtractedQuote[];
  /** Consonant skeletons of the names with their counts (see `nameSkeletons`), prefixed. */
  skeletons: Map<string, number>;
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

/** An article's features but its quotations (see `featureBase`). */
export type ArticleBase = Omit<ArticleFeatures, 'quotes' | 'quoteHashes'>;

/** What the engine compares of an article. */
export function featurize(article: Article): ArticleFeatures {
  return withQuotes(featureBase(article), extractQuotes(article));
}

/**
 * What the engine compares of an article but its quotations: what can be worked out while
 * they are found elsewhere (see background/page-quotes.ts); `withQuotes` completes it.
 */
export function featureBase(article: Article): ArticleBase {
  const lang = article.language;
  const bodyTokens = tokenize(article.text, lang);
  const titleTokens = tokenize(article.title, lang);
  const terms = indexTerms(termCounts(titleTokens, bodyTokens, lang));
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
  return {
    terms,
    entities,
    skeletons: nameSkeletons(titleTokens.concat(bodyTokens), entities, lang),
    numbers,
    minhash: minhash(bodyTokens.map((t) => t.norm)),
    length: bodyTokens.length,
    language: lang,
  };
}

/** `base` completed with the article's quotations (`extractQuotes`'s, found anywhere). */
export function withQuotes(base: ArticleBase, quotes: ExtractedQuote[]): ArticleFeatures {
  const qh = new Set<number>();
  for (const q of quotes) {
    if (q.kind !== 'statement') continue;
    for (const h of quoteShingles(tokenize(q.text, base.language).map((t) => t.norm))) qh.add(h);
  }
  return { ...base, quotes, quoteHashes: [...qh] };
}
