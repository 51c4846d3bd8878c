/**
 * A hand-written concept lexicon of general news vocabulary in English, German, French,
 * Spanish, Russian, Turkish, Polish and Arabic. Two passages that share no letters ("a
 * minor offence" / "ein Kavaliersdelikt") can still share concepts, which lets the
 * quotation matcher pair a quotation with its translation, and the same-story score
 * count what two articles in two languages say alike.
 *
 * The word lists are data (`src/corpus/lexicon.txt`, whose header gives their syntax).
 * They are compiled into an index at build time (`lexicon-compile.ts`), which ships with
 * the extension as `corpus/lexicon.json`; this module only reads that index, so the
 * background worker neither carries the lists in its code nor builds the index when it
 * starts. The engine takes the parsed lexicon as a parameter, like the background
 * statistics; without it, passages in different languages pair by cognates and figures
 * only.
 */
import { stripElision } from './text';

/** Shortest stem that may take `*`: shorter ones match too many unrelated words. */
export const MIN_STEM = 4;
/**
 * Arabic writes no short vowels, so three letters already spell a whole root ("شرق",
 * east: "شرقي", "شرقية"): its stems may be one letter shorter.
 */
const ARABIC_MIN_STEM = 3;

/** Shortest stem that may take `*` in a language. */
export function minStem(language: string): number {
  return language === 'ar' ? ARABIC_MIN_STEM : MIN_STEM;
}
/** Distinct words remembered per language before the memo starts over. */
const MEMO_LIMIT = 50_000;

/** One entry of the compiled index: a form (or stem), then the ids of its concepts. */
export type LexiconEntry = [string, ...number[]];

/** The compiled index (`compileLexicon`); shipped packed (`corpus/lexicon.json`, `packLexicon`). */
export interface LexiconFile {
  version: 1;
  /** Number of concepts; ids run from 0 to concepts - 1. */
  concepts: number;
  /**
   * Per language: whole forms, and stems (without the `*`), each with its concepts; as
   * shipped, each list packed into one string (see `packLexicon`), which parses several
   * times faster than as many small arrays and is read when the language is first used.
   */
  languages: Record<string, { exact: LexiconEntry[] | string; prefixes: LexiconEntry[] | string }>;
  /**
   * Per concept (by id), the corpus index's term keys (see `indexTerms` in features.ts) of
   * its words in every language, joined by spaces: they find the articles that use them
   * without reading every language's word lists.
   */
  terms?: string[];
}

interface LanguageIndex {
  /** Whole forms to the concepts they belong to. */
  exact: Map<string, readonly number[]>;
  /** Stems (without the `*`) to their concepts. */
  prefixes: Map<string, readonly number[]>;
  /** Length of the longest stem, so lookups never try longer prefixes than exist. */
  longestStem: number;
  memo: Map<string, readonly number[]>;
}

/** One language's lists as in the file, and their index once built. */
interface LanguageTable {
  readonly exact: unknown;
  readonly prefixes: unknown;
  index: LanguageIndex | null;
}

/** A parsed lexicon, ready for lookups. */
export interface Lexicon {
  /** Number of concepts; ids lie in [0, size). */
  readonly size: number;
  /**
   * Each language's table, indexed when the language is first read: a worker just
   * started indexes the languages of its first analysis, not all eight.
   */
  readonly languages: ReadonlyMap<string, LanguageTable>;
  /** As in the file (`LexiconFile.terms`), unchecked: anything else than its strings finds nothing. */
  readonly terms?: unknown;
}

/** Thrown for a lexicon file that is not what `compileLexicon` writes. */
export class LexiconFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconFormatError';
  }
}

const NONE: readonly number[] = Object.freeze([]);

/** Letters that fold() rewrites beyond case: Arabic marks and letters, the combining dot. */
const NEEDS_FOLDING = /[\u0600-\u06FF]|\u0307/;

/**
 * Lower case, NFKC, and the spellings a language writes either way read as one: ё as е
 * (Russian); in Arabic, without vowel marks and the stretching tatweel, alef with hamza or
 * madda as bare alef, final ى as ي and ة as ه; and Turkish İ, which lower-cases outside a
 * Turkish locale to i with a combining dot, as i.
 */
export function fold(word: string): string {
  const w = word.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
  if (!NEEDS_FOLDING.test(w)) return w;
  return w
    .replace(/\p{Mn}|\u0640/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}

/**
 * Arabic proclitics a word may carry, shortest first (none, then one letter, ...): the
 * conjunctions و and ف, the prepositions ب, ك and ل, and the article ال, alone or combined
 * (ل before ال is written لل), and the future prefix س of a verb. "وبالحكومة" is "و" + "ب" + "ال" + "حكومة";
 * "سترتفع" (will rise) is "س" + "ترتفع".
 */
const ARABIC_PROCLITICS: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conjunction of ['', '\u0648', '\u0641']) {
    for (const preposition of ['', '\u0628', '\u0643', '\u0644'])
      for (const article of ['', '\u0627\u0644']) {
        const joined =
          preposition === '\u0644' && article !== ''
            ? conjunction + '\u0644\u0644'
            : conjunction + preposition + article;
        out.add(joined);
      }
    out.add(conjunction + '\u0633');
  }
  // The word as written comes first (the empty proclitic).
  return [...out].sort((a, b) => a.length - b.length);
})();
/** Fewest letters a word keeps once its proclitics are taken off. */
const ARABIC_MIN_BASE = 3;

/**
 * The other ways an Arabic text writes the word of index key `key` (see
 * `Lexicon.terms`), with proclitics joined to it: "حكومة" as "والحكومة", "بحكومة",
 * "للحكومة"… The corpus index stores Arabic words as written, so these are further keys
 * of the same word. None for a key in another script, one that has its article already
 * (its bare form gives all of them) or one too short to be read apart from them.
 */
export function arabicJoinedKeys(key: string): string[] {
  if (
    key.length < ARABIC_MIN_BASE ||
    !/^[\u0621-\u064A]/.test(key) ||
    key.startsWith('\u0627\u0644')
  )
    return [];
  return ARABIC_PROCLITICS.filter((p) => p !== '').map((p) => p + key);
}

/**
 * One language's list packed as text (`packLexicon`): an entry a line, the form, a tab,
 * then its concept ids separated by commas.
 */
function unpackEntries(text: string): unknown[] {
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    if (tab <= 0) return null;
    const ids = line.slice(tab + 1).split(',');
    return [line.slice(0, tab), ...ids.map((id) => (/^\d+$/.test(id) ? Number(id) : NaN))];
  });
}

function readEntries(list: unknown, size: number, what: string): Map<string, readonly number[]> {
  const entries = typeof list === 'string' ? unpackEntries(list) : list;
  if (!Array.isArray(entries)) throw new LexiconFormatError(`${what} is not a list`);
  const out = new Map<string, readonly number[]>();
  for (const entry of entries as unknown[]) {
    if (!Array.isArray(entry) || entry.length < 2 || typeof entry[0] !== 'string')
      throw new LexiconFormatError(`${what} has a malformed entry`);
    const ids = entry.slice(1) as unknown[];
    if (!ids.every((id) => Number.isInteger(id) && (id as number) >= 0 && (id as number) < size))
      throw new LexiconFormatError(`${what} "${entry[0]}" names a concept that does not exist`);
    out.set(entry[0], Object.freeze(ids as number[]));
  }
  return out;
}

/** Validate and index a compiled lexicon (as parsed from JSON). */
export function parseLexicon(json: unknown): Lexicon {
  const file = json as Partial<LexiconFile> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    file.version !== 1 ||
    !Number.isInteger(file.concepts) ||
    !file.languages ||
    typeof file.languages !== 'object'
  )
    throw new LexiconFormatError('not a version 1 lexicon file');
  const languages = new Map<string, LanguageTable>();
  for (const [lang, table] of Object.entries(file.languages)) {
    if (!table || typeof table !== 'object')
      throw new LexiconFormatError(`bad table for language "${lang}"`);
    languages.set(lang, { exact: table.exact, prefixes: table.prefixes, index: null });
  }
  return { size: file.concepts!, languages, terms: file.terms };
}

/**
 * The index of `language`, built on first use (null: the lexicon has no such language).
 * Throws `LexiconFormatError` when the language's lists are malformed.
 */
function languageIndex(lexicon: Lexicon | null, language: string): LanguageIndex | null {
  const table = lexicon?.languages.get(language);
  if (!table) return null;
  if (!table.index) {
    const size = lexicon!.size;
    const prefixes = readEntries(table.prefixes, size, `${language} stem list`);
    let longestStem = 0;
    for (const stem of prefixes.keys()) longestStem = Math.max(longestStem, stem.length);
    table.index = {
      exact: readEntries(table.exact, size, `${language} form list`),
      prefixes,
      longestStem,
      memo: new Map(),
    };
  }
  return table.index;
}

/** Concepts of one folded word, as listed: its exact form, else its longest stem. */
function lookup(index: LanguageIndex, word: string, shortest: number): readonly number[] {
  const exact = index.exact.get(word);
  if (exact) return exact;
  // The longest stored stem wins, so a specific entry ("bahnhof*") overrides a general
  // one ("bahn*") for the words it covers.
  for (let n = Math.min(word.length, index.longestStem); n >= shortest; n--) {
    const ids = index.prefixes.get(word.slice(0, n));
    if (ids) return ids;
  }
  return NONE;
}

function resolve(index: LanguageIndex, norm: string, language: string): readonly number[] {
  let word = fold(norm);
  // "l'accord", "qu'elle": the article or pronoun glued on by the apostrophe says nothing.
  if (language === 'fr' && !index.exact.has(word)) word = stripElision(word);
  // Possessives: "government's" is "government".
  else if (language === 'en') word = word.replace(/'s?$/, '');
  // Turkish writes the endings of a name after an apostrophe: "Türkiye'nin", "AB'ye".
  else if (language === 'tr') word = word.replace(/'.*$/, '');
  return language === 'ar' ? resolveArabic(index, word) : lookup(index, word, MIN_STEM);
}

/**
 * Pronouns Arabic joins to the end of a word ("رئيسها", her president; "حكومتهم", their
 * government), longest first. A feminine ة before them is written ت.
 */
const ARABIC_ENCLITICS = [
  '\u0647\u0645\u0627',
  '\u0643\u0645\u0627',
  '\u0647\u0645',
  '\u0647\u0646',
  '\u0643\u0645',
  '\u0646\u0627',
  '\u0647\u0627',
  '\u0647',
];

/**
 * The forms under which a folded Arabic word may be listed, most likely first: the word
 * as written; without ever longer proclitics ("الحكومة", "وبالحكومة"); then each of those
 * without a pronoun ending ("حكومتها" as حكومه, then as حكومت); a present verb as its
 * third person; all of it again without the alif of an indefinite accusative ("شهورا",
 * months).
 */
function* arabicForms(word: string): Generator<string> {
  const forms = [word];
  if (word.length > ARABIC_MIN_BASE && word.endsWith('\u0627')) forms.push(word.slice(0, -1));
  for (const form of forms) {
    const bases: string[] = [];
    for (const proclitic of ARABIC_PROCLITICS) {
      if (proclitic !== '' && form.length - proclitic.length < ARABIC_MIN_BASE) break;
      if (form.startsWith(proclitic)) bases.push(form.slice(proclitic.length));
    }
    yield* bases;
    for (const base of bases)
      for (const enclitic of ARABIC_ENCLITICS) {
        const rest = base.slice(0, -enclitic.length);
        if (!base.endsWith(enclitic) || rest.length < ARABIC_MIN_BASE) continue;
        if (rest.endsWith('\u062A')) yield rest.slice(0, -1) + '\u0647';
        yield rest;
      }
    // A verb in the present is listed in its third person (يدعم, supports): "تدعم" (she
    // supports) and "ندعم" (we support) are tried as that.
    for (const base of bases)
      if (base.length > ARABIC_MIN_BASE && (base[0] === '\u062A' || base[0] === '\u0646'))
        yield '\u064A' + base.slice(1);
  }
}

/** Concepts of a folded Arabic word: those of the first of its forms that has any. */
function resolveArabic(index: LanguageIndex, word: string): readonly number[] {
  for (const form of arabicForms(word)) {
    const ids = lookup(index, form, ARABIC_MIN_STEM);
    if (ids.length > 0) return ids;
  }
  return NONE;
}

/**
 * Concept ids of one normalised word (lower case, NFKC, as produced by tokenize() in
 * ./text) in a language (`en`, `de`, `fr`, `es`, `ru`, `tr`, `pl` or `ar`); [] when the
 * word is unknown, for any other language, including 'und', and without a lexicon. Ids lie in
 * [0, lexicon.size). Exact forms are looked up first, then the longest stored stem the
 * word starts with. The returned array is shared: do not modify it.
 */
export function conceptsOf(
  lexicon: Lexicon | null,
  norm: string,
  language: string,
): readonly number[] {
  if (norm === '') return NONE;
  const index = languageIndex(lexicon, language);
  if (!index) return NONE;
  const known = index.memo.get(norm);
  if (known) return known;
  const ids = resolve(index, norm, language);
  // Words repeat across passages; a bounded memo keeps the work per distinct word.
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(norm, ids);
  return ids;
}

/** The set of concept ids of a list of normalised words in one language (see conceptsOf). */
export function conceptSet(
  lexicon: Lexicon | null,
  norms: readonly string[],
  language: string,
): Set<number> {
  const out = new Set<number>();
  for (const norm of norms) for (const id of conceptsOf(lexicon, norm, language)) out.add(id);
  return out;
}
