/**
 * Background statistics: how common a word is in ordinary text of its language, counted
 * once on a fixed reference text (`scripts/build-background.ts`) and shipped with the
 * extension. Unlike document frequencies of the user's corpus, they do not change as
 * the corpus grows or shrinks, so a pair of articles gets the same score in a corpus of
 * two articles and in one of twenty thousand.
 *
 * Languages without a table get a rarity that any language allows: short words are
 * taken as common, longer ones as rarer (function words are short in every language
 * we have seen), and names and figures carry the rest.
 */
import { SURNAME_PREFIX, looseKey, nameForms, nameKey, nameStem } from './features';
import { latinKey } from './text';

/** The shipped file: per language, the reference units counted and each word's count. */
export interface BackgroundFile {
  version: 1;
  /** Where the counts come from, with licences (shown in the README as well). */
  source: string;
  languages: Record<
    string,
    {
      units: number;
      words: string[];
      counts: number[];
      /**
       * The same counts by name key (see `withNameTables`), added when the extension is
       * built so the worker does not derive them on its first analysis.
       */
      names?: { keys: string[]; counts: number[] };
    }
  >;
}

interface LanguageTable {
  units: number;
  /** The file's words and counts, indexed into `df` when the language is first read. */
  words: readonly unknown[];
  counts: readonly unknown[];
  df: Map<string, number> | null;
  /** Counts by name key, keys in ascending order: the file's (`withNameTables`), or derived on first use. */
  names: { keys: readonly unknown[]; counts: readonly unknown[] } | null;
  /** The news names' skeletons (`newsSkeleton`), built on first use. */
  skeletons?: Set<string>;
  maxIdf: number;
}

/** Counts by key from parallel lists (the file's form). */
function countMap(keys: readonly unknown[], counts: readonly unknown[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) m.set(String(keys[i]), Number(counts[i]) || 0);
  return m;
}

/**
 * A language's word counts, indexed on first use: a worker just started indexes the
 * languages its first analysis reads, not all of them.
 */
function dfOf(t: LanguageTable): Map<string, number> {
  return (t.df ??= countMap(t.words, t.counts));
}

/** Parsed background statistics, ready for lookups. */
export interface BackgroundStats {
  readonly languages: ReadonlyMap<string, LanguageTable>;
  /** Name rarities already computed (a name is looked up once per candidate otherwise). */
  readonly names: Map<string, number>;
}

/** Thrown for a background file that is not what `scripts/build-background.ts` writes. */
export class BackgroundFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackgroundFormatError';
  }
}

/** Validate and index a background file (as parsed from JSON). */
export function parseBackground(json: unknown): BackgroundStats {
  const file = json as Partial<BackgroundFile> | null;
  if (!file || typeof file !== 'object' || file.version !== 1 || !file.languages)
    throw new BackgroundFormatError('not a version 1 background file');
  const languages = new Map<string, LanguageTable>();
  for (const [lang, t] of Object.entries(file.languages)) {
    if (
      !t ||
      typeof t.units !== 'number' ||
      !Array.isArray(t.words) ||
      !Array.isArray(t.counts) ||
      t.words.length !== t.counts.length
    )
      throw new BackgroundFormatError(`bad table for language "${lang}"`);
    const names = t.names;
    if (
      names &&
      (!Array.isArray(names.keys) ||
        !Array.isArray(names.counts) ||
        names.keys.length !== names.counts.length)
    )
      throw new BackgroundFormatError(`bad name table for language "${lang}"`);
    languages.set(lang, {
      units: t.units,
      words: t.words,
      counts: t.counts,
      df: null,
      names: names ?? null,
      maxIdf: Math.log((t.units + 1) / 0.5),
    });
  }
  return { languages, names: new Map() };
}

/** Rarity when nothing is known of the language: by word length, in (0, 1]. */
function neutralRarity(norm: string): number {
  const n = [...norm].length;
  return n <= 2 ? 0.15 : n <= 3 ? 0.35 : n <= 4 ? 0.6 : Math.min(1, 0.6 + 0.08 * (n - 4));
}

function rarityFromCount(t: LanguageTable, count: number): number {
  return Math.log((t.units + 1) / (count + 0.5)) / t.maxIdf;
}

/**
 * How rare a (normalised, lower-case) word is in its language, in (0, 1]: 1 for a word
 * the reference text never has, near 0 for the commonest words. Independent of any corpus.
 */
export function wordRarity(bg: BackgroundStats | null, language: string, norm: string): number {
  const t = bg?.languages.get(language);
  if (!t) return neutralRarity(norm);
  return rarityFromCount(t, dfOf(t).get(norm) ?? 0);
}

/**
 * How rare a name is, in (0, 1], from its index key ("ilse brandvold"): the rarest of its
 * words, looked up by their name keys in every table (a name is spelled alike across
 * languages, and "Paris" is common in all of them).
 *
 * A word of `SURNAME_PREFIX` letters may be the index's cut surname ("clinto" of
 * "Hillary Clinton", see `entityKeys`): it counts with every word it begins, as its full
 * word would. With `declined` (the name comes from an article in a language that declines
 * names), a word also counts as its other case forms ("trumpa" as "trump", "australii" as
 * "australia"), and as a name international news repeats when written in another script
 * ("tramp" of "Трамп" as "trump", "klinton" as "clinton"; see `newsSkeleton`).
 */
export function nameRarity(bg: BackgroundStats | null, key: string, declined = false): number {
  const cache = bg?.names ?? neutralNames;
  const cacheKey = declined ? DECLINED_MARK + key : key;
  let best = cache.get(cacheKey);
  if (best !== undefined) return best;
  if (cache.size >= NAME_CACHE_LIMIT) cache.clear();
  best = 0;
  for (const part of key.split(' ')) {
    if (!part) continue;
    let r: number;
    if (!bg || bg.languages.size === 0) r = neutralRarity(part);
    else {
      r = 1;
      const stem = declined ? nameStem(part) : '';
      // A short stem's forms are words of their own somewhere ("dos" of "Dossa": "dose").
      const forms = stem.length >= MIN_FORM_STEM ? nameForms(stem) : [];
      for (const [lang, t] of bg.languages) {
        const names = namesOf(t);
        let count =
          part.length === SURNAME_PREFIX
            ? prefixCount(names.keys, names.counts, part)
            : sortedCount(names.keys, names.counts, part);
        for (const form of forms)
          if (form !== part) count += sortedCount(names.keys, names.counts, form);
        if (declined && lang === NEWS_NAMES_TABLE && newsSkeletons(t).has(newsSkeleton(part)))
          count = Math.max(count, NEWS_COUNT);
        r = Math.min(r, rarityFromCount(t, count));
      }
    }
    best = Math.max(best, r);
  }
  cache.set(cacheKey, best);
  return best;
}
/** Letters of a stem from which its other case forms are looked up in every table. */
const MIN_FORM_STEM = 5;
/** Marks a declined name's entry in the rarity cache. */
const DECLINED_MARK = '\u0001';
const neutralNames = new Map<string, number>();

/** A table's counts by name key, keys in ascending order (derived on first use if the file has none). */
function namesOf(t: LanguageTable): { keys: readonly unknown[]; counts: readonly unknown[] } {
  return (t.names ??= nameTable(dfOf(t)));
}

/**
 * A name as a declining language or another script may write it, for the names
 * international news repeats: its stem (see `nameStem`), spelled loosely (see `looseKey`),
 * with no vowel after its first letter ("Трамп" gives "tramp", "trmp", as "Trump" does;
 * "Клинтона" and "Clinton" give "klntn"). Only that short list is compared this way.
 */
export function newsSkeleton(key: string): string {
  const loose = looseKey(nameStem(key));
  return loose.slice(0, 1) + loose.slice(1).replace(/[aeiou]/g, '');
}
/** Skeletons shorter than this meet unrelated names too often to count. */
const MIN_SKELETON = 3;

function newsSkeletons(t: LanguageTable): Set<string> {
  return (t.skeletons ??= new Set(
    namesOf(t)
      .keys.map((k) => newsSkeleton(String(k)))
      .filter((k) => k.length >= MIN_SKELETON),
  ));
}
/** Names kept in a rarity cache before it starts over (bounds its memory). */
const NAME_CACHE_LIMIT = 50_000;

/**
 * The count of `key` in parallel lists whose keys ascend, by binary search: a worker just
 * started looks up a page's names in every language's table without indexing them all.
 */
function sortedCount(keys: readonly unknown[], counts: readonly unknown[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = String(keys[mid]);
    if (k === key) return Number(counts[mid]) || 0;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** The summed counts of every key that starts with `prefix`, in the same sorted lists. */
function prefixCount(keys: readonly unknown[], counts: readonly unknown[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (String(keys[mid]) < prefix) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let i = lo; i < keys.length && String(keys[i]).startsWith(prefix); i++)
    sum += Number(counts[i]) || 0;
  return sum;
}

/** Counts by name key (accent-free Latin), keys in code-unit order as `sortedCount` searches them. */
function nameTable(df: ReadonlyMap<string, number>): { keys: string[]; counts: number[] } {
  const m = new Map<string, number>();
  for (const [w, c] of df) {
    const k = nameKey(latinKey(w));
    m.set(k, (m.get(k) ?? 0) + c);
  }
  const keys = [...m.keys()].sort();
  return { keys, counts: keys.map((k) => m.get(k)!) };
}

/**
 * The background file with each language's counts by name key added (what nameRarity
 * reads), so that whoever loads it skips deriving them. The build ships this form.
 */
export function withNameTables(file: BackgroundFile): BackgroundFile {
  const languages: BackgroundFile['languages'] = {};
  for (const [lang, t] of Object.entries(file.languages)) {
    languages[lang] = { ...t, names: nameTable(countMap(t.words, t.counts)) };
  }
  return { ...file, languages };
}

/**
 * Name of the table `withNewsNames` adds: not a language, so no word is looked up in it,
 * but `nameRarity` reads its names as it reads every table's.
 */
export const NEWS_NAMES_TABLE = 'news-names';
/** Reference units of that table, and how many of them name each listed word… */
const NEWS_UNITS = 1000;
/** …one in twenty: a rarity of about 0.39, below that of a specific actor (0.7). */
const NEWS_COUNT = 50;

/**
 * The background file with the names international news repeats day after day
 * (`src/corpus/news-names.txt`: one word a line, # comments) as a table of their own. The
 * reference text hardly has them, so on their own they would read as rare; here each
 * counts as a name found in one news article in twenty.
 */
export function withNewsNames(file: BackgroundFile, list: string): BackgroundFile {
  const keys = new Set<string>();
  for (const line of list.split('\n')) {
    const word = line.trim();
    if (!word || word.startsWith('#')) continue;
    if (/\s/.test(word)) throw new BackgroundFormatError(`news name "${word}" is not one word`);
    keys.add(nameKey(latinKey(word.normalize('NFKC').toLowerCase())));
  }
  // In code-unit order, as `sortedCount` searches them.
  const sorted = [...keys].sort();
  return {
    ...file,
    languages: {
      ...file.languages,
      [NEWS_NAMES_TABLE]: {
        units: NEWS_UNITS,
        words: [],
        counts: [],
        names: { keys: sorted, counts: sorted.map(() => NEWS_COUNT) },
      },
    },
  };
}

/** True when a background table exists for the language. */
export function hasBackground(bg: BackgroundStats | null, language: string): boolean {
  return !!bg?.languages.has(language);
}
