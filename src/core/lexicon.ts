/**
 * A hand-written concept lexicon of general news vocabulary in English, German, French,
 * Spanish and Russian. Two passages that share no letters ("a minor offence" / "ein
 * Kavaliersdelikt") can still share concepts, which lets the quotation matcher pair a
 * quotation with its translation.
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
/** Distinct words remembered per language before the memo starts over. */
const MEMO_LIMIT = 50_000;

/** One entry of the compiled index: a form (or stem), then the ids of its concepts. */
export type LexiconEntry = [string, ...number[]];

/** The compiled index as shipped (`corpus/lexicon.json`). */
export interface LexiconFile {
  version: 1;
  /** Number of concepts; ids run from 0 to concepts - 1. */
  concepts: number;
  /** Per language: whole forms, and stems (without the `*`), each with its concepts. */
  languages: Record<string, { exact: LexiconEntry[]; prefixes: LexiconEntry[] }>;
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

/** A parsed lexicon, ready for lookups. */
export interface Lexicon {
  /** Number of concepts; ids lie in [0, size). */
  readonly size: number;
  readonly languages: ReadonlyMap<string, LanguageIndex>;
}

/** Thrown for a lexicon file that is not what `compileLexicon` writes. */
export class LexiconFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconFormatError';
  }
}

const NONE: readonly number[] = Object.freeze([]);

/** Lower case, NFKC, and ё read as е (Russian texts write either). */
export function fold(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

function readEntries(entries: unknown, size: number, what: string): Map<string, readonly number[]> {
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
  const size = file.concepts!;
  const languages = new Map<string, LanguageIndex>();
  for (const [lang, table] of Object.entries(file.languages)) {
    if (!table || typeof table !== 'object')
      throw new LexiconFormatError(`bad table for language "${lang}"`);
    const prefixes = readEntries(table.prefixes, size, `${lang} stem list`);
    let longestStem = 0;
    for (const stem of prefixes.keys()) longestStem = Math.max(longestStem, stem.length);
    languages.set(lang, {
      exact: readEntries(table.exact, size, `${lang} form list`),
      prefixes,
      longestStem,
      memo: new Map(),
    });
  }
  return { size, languages };
}

function resolve(index: LanguageIndex, norm: string, language: string): readonly number[] {
  let word = fold(norm);
  // "l'accord", "qu'elle": the article or pronoun glued on by the apostrophe says nothing.
  if (language === 'fr' && !index.exact.has(word)) word = stripElision(word);
  // Possessives: "government's" is "government".
  else if (language === 'en') word = word.replace(/'s?$/, '');
  const exact = index.exact.get(word);
  if (exact) return exact;
  // The longest stored stem wins, so a specific entry ("bahnhof*") overrides a general
  // one ("bahn*") for the words it covers.
  for (let n = Math.min(word.length, index.longestStem); n >= MIN_STEM; n--) {
    const ids = index.prefixes.get(word.slice(0, n));
    if (ids) return ids;
  }
  return NONE;
}

/**
 * Concept ids of one normalised word (lower case, NFKC, as produced by tokenize() in
 * ./text) in a language (`en`, `de`, `fr`, `es` or `ru`); [] when the word is unknown,
 * for any other language, including 'und', and without a lexicon. Ids lie in
 * [0, lexicon.size). Exact forms are looked up first, then the longest stored stem the
 * word starts with. The returned array is shared: do not modify it.
 */
export function conceptsOf(
  lexicon: Lexicon | null,
  norm: string,
  language: string,
): readonly number[] {
  const index = lexicon?.languages.get(language);
  if (!index || norm === '') return NONE;
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
