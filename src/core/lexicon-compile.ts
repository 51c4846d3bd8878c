/**
 * Compiles the concept lexicon's word lists (`src/corpus/lexicon.txt`) into the index
 * that lexicon.ts reads. Run at build time (scripts/build.ts writes the result to
 * `corpus/lexicon.json`) and by the command line, never by the extension itself.
 */
import { STEM_PREFIX, wordStem } from './features';
import { fold, minStem, type LexiconEntry, type LexiconFile } from './lexicon';

/** The languages of the eight fields of a concept line, in their fixed order. */
export const LEXICON_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'tr', 'pl', 'ar'] as const;

const FORM = /^[\p{L}\p{N}']+$/u;
/** Commas that separate forms, not those inside a `{...}` group. */
const FORM_SEPARATOR = /,(?![^{]*\})/;
const BRACES = /^([^{}]*)\{([^{}]*)\}$/;

/** The concept lines of a word-list file with their line numbers (from 1), in order. */
function numberedConceptLines(text: string): { line: string; number: number }[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
}

/** The concept lines of a word-list file, in order (comments and blank lines left out). */
export function conceptLines(text: string): string[] {
  return numberedConceptLines(text).map(({ line }) => line);
}

/** The forms of one field of a concept line, as written (`stem*`, `base{a,b}`, `word`). */
export function fieldForms(field: string): string[] {
  return field.split(FORM_SEPARATOR).filter((f) => f !== '');
}

/** The exact words a form stands for: `base{a,b,}` is base+a, base+b and base. */
export function expandBraces(form: string): string[] {
  const m = BRACES.exec(form);
  if (!m) return [form];
  return m[2]!.split(',').map((ending) => m[1]! + ending);
}

function add(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

/** Arabic alef, and the alefs with hamza a word written with a bare one may have. */
const ALEF = '\u0627';
const HAMZA_ALEFS = ['\u0623', '\u0625'];
const ARABIC_DEFINITE = '\u0627\u0644';
const TA_MARBUTA = '\u0629';
const HEH = '\u0647';
const ARABIC_PLURAL = '\u0627\u062A';

/**
 * The words of an Arabic form as texts write them, which is how the corpus index stores
 * Arabic words: the lists write ة as ه and hamza alefs bare, texts mostly do not; a stem
 * stands for itself, its feminine in ة and its plural in ات; each with the article joined
 * as well.
 */
function arabicSpellings(form: string, stem: boolean): string[] {
  const words = new Set([form]);
  if (form.endsWith(HEH)) words.add(form.slice(0, -1) + TA_MARBUTA);
  else if (stem) for (const ending of [TA_MARBUTA, ARABIC_PLURAL]) words.add(form + ending);
  const definite = form.startsWith(ARABIC_DEFINITE);
  if (!definite && form.startsWith(ALEF))
    for (const w of [...words]) for (const a of HAMZA_ALEFS) words.add(a + w.slice(1));
  if (!definite) for (const w of [...words]) words.add(ARABIC_DEFINITE + w);
  return [...words];
}

/**
 * The corpus index's term keys for the words of one form of a language (see `indexTerms`
 * in features.ts): a word of five letters or more by its stem, a shorter one as it is; a
 * stem of four letters, whose words have many five-letter stems, gives none.
 */
export function indexKeys(raw: string, language: string): string[] {
  const stem = raw.endsWith('*');
  const form = raw
    .slice(0, stem ? -1 : undefined)
    .normalize('NFKC')
    .toLowerCase();
  const words = stem ? [form] : expandBraces(form);
  if (language === 'ar') return words.flatMap((w) => arabicSpellings(w, stem));
  const keys: string[] = [];
  for (const w of words) {
    const s = wordStem(w);
    if (s) keys.push(STEM_PREFIX + s);
    else if (!stem) keys.push(w);
  }
  return keys;
}

const entries = (map: Map<string, number[]>): LexiconEntry[] =>
  [...map].map(([form, ids]): LexiconEntry => [form, ...ids]);

/**
 * The index of a word-list file. A malformed line is a mistake in the lists and throws,
 * naming it, so a broken edit fails the build and every test instead of silently
 * dropping a concept.
 */
export function compileLexicon(text: string): LexiconFile {
  const lines = numberedConceptLines(text);
  const exact = LEXICON_LANGUAGES.map(() => new Map<string, number[]>());
  const prefixes = LEXICON_LANGUAGES.map(() => new Map<string, number[]>());
  const terms: string[] = [];
  lines.forEach(({ line, number }, id) => {
    const fields = line.split('|');
    const keys = new Set<string>();
    if (fields.length !== LEXICON_LANGUAGES.length) {
      throw new Error(
        `lexicon line ${number} (concept ${id}) has ${fields.length} fields, needs ` +
          `${LEXICON_LANGUAGES.length} (${LEXICON_LANGUAGES.join('|')}): ${line}`,
      );
    }
    LEXICON_LANGUAGES.forEach((lang, i) => {
      const forms = fieldForms(fields[i]!);
      if (forms.length === 0)
        throw new Error(`lexicon line ${number} has no ${lang} form: ${line}`);
      for (const f of forms) for (const k of indexKeys(f, lang)) keys.add(k);
      for (const raw of forms) {
        const form = fold(raw);
        if (form.endsWith('*')) {
          const stem = form.slice(0, -1);
          if (stem.length < minStem(lang) || !FORM.test(stem)) {
            throw new Error(`lexicon line ${number} has a bad ${lang} stem "${raw}"`);
          }
          add(prefixes[i]!, stem, id);
          continue;
        }
        for (const word of expandBraces(form)) {
          if (!FORM.test(word)) {
            throw new Error(`lexicon line ${number} has a bad ${lang} form "${raw}"`);
          }
          add(exact[i]!, word, id);
        }
      }
    });
    terms.push([...keys].join(' '));
  });
  const languages: LexiconFile['languages'] = {};
  LEXICON_LANGUAGES.forEach((lang, i) => {
    languages[lang] = { exact: entries(exact[i]!), prefixes: entries(prefixes[i]!) };
  });
  return { version: 1, concepts: lines.length, languages, terms };
}

/**
 * `file` as the extension ships it: each language's lists packed into one string, an
 * entry a line ("form", a tab, its concept ids separated by commas). Read back by
 * `parseLexicon` like the lists themselves.
 */
export function packLexicon(file: LexiconFile): LexiconFile {
  const pack = (list: LexiconEntry[] | string): string =>
    typeof list === 'string'
      ? list
      : list.map(([form, ...ids]) => `${form}\t${ids.join(',')}`).join('\n');
  const languages: LexiconFile['languages'] = {};
  for (const [lang, t] of Object.entries(file.languages))
    languages[lang] = { exact: pack(t.exact), prefixes: pack(t.prefixes) };
  return { ...file, languages };
}
