/**
 * Compiles the concept lexicon's word lists (`src/corpus/lexicon.txt`) into the index
 * that lexicon.ts reads. Run at build time (scripts/build.ts writes the result to
 * `corpus/lexicon.json`) and by the command line, never by the extension itself.
 */
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
  lines.forEach(({ line, number }, id) => {
    const fields = line.split('|');
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
  });
  const languages: LexiconFile['languages'] = {};
  LEXICON_LANGUAGES.forEach((lang, i) => {
    languages[lang] = { exact: entries(exact[i]!), prefixes: entries(prefixes[i]!) };
  });
  return { version: 1, concepts: lines.length, languages };
}
