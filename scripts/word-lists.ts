/**
 * An esbuild plugin for the word lists in the worker's bundle: the engine's own
 * (`src/core/data/*.json`) and the stop-word lists of the `stopword` package. Each list of
 * strings is shipped as one string joined by a character none of them holds, split when
 * the bundle loads, instead of an array with quotes and a comma around every entry. The
 * lists are the same values in the same order; the worker's bundle is smaller (it has a
 * size budget).
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** Characters a list may be joined by, the first that none of its entries holds. */
const SEPARATORS = [' ', '|', '~', '^'];

/** `"a b c".split(" ")` for a list of strings where that is shorter, else null. */
function joinedList(list: unknown[]): string | null {
  if (list.length === 0 || !list.every((w) => typeof w === 'string')) return null;
  const words = list as string[];
  const sep = SEPARATORS.find((s) => words.every((w) => !w.includes(s)));
  return sep === undefined
    ? null
    : `${JSON.stringify(words.join(sep))}.split(${JSON.stringify(sep)})`;
}

/** JavaScript for `value`, lists of strings joined and split where that is shorter. */
export function compactWords(value: unknown): string {
  if (Array.isArray(value)) {
    const list = `[${value.map(compactWords).join(',')}]`;
    const joined = joinedList(value);
    return joined !== null && joined.length < list.length ? joined : list;
  }
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${compactWords(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A single-quoted JavaScript string literal's value (the stopword files' only escape is \'). */
const QUOTED = /'((?:[^'\\\n]|\\.)*)'/g;

/**
 * One list module of the `stopword` package (`const deu = ['a', …]\nexport { deu }`) as
 * compact JavaScript; null for a file of any other shape, which is then bundled as it is.
 */
export function compactStopwords(source: string): string | null {
  const m = /^const (\w+) = \[([^\]]*)\]\s*export \{ \1 \}\s*$/m.exec(
    source.replace(/\/\*[\s\S]*?\*\//g, '').trim(),
  );
  if (!m) return null;
  const [, name, body] = m as unknown as [string, string, string];
  // Nothing but the quoted words, commas and spaces.
  if (body.replace(QUOTED, '').replace(/[\s,]/g, '') !== '') return null;
  const words = [...body.matchAll(QUOTED)].map((q) => q[1]!.replace(/\\(.)/g, '$1'));
  // Marked pure, so that the lists of languages the bundle never reads are still left out.
  return `export const ${name} = /* @__PURE__ */ ${compactWords(words)};`;
}

export function wordLists(): Plugin {
  return {
    name: 'word-lists',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => ({
        contents: `export default ${compactWords(JSON.parse(await readFile(args.path, 'utf8')))};`,
        loader: 'js',
      }));
      b.onLoad(
        { filter: /[\\/]node_modules[\\/]stopword[\\/]src[\\/]stopwords_[a-z]+\.js$/ },
        async (args) => {
          const contents = compactStopwords(await readFile(args.path, 'utf8'));
          return contents === null ? undefined : { contents, loader: 'js' };
        },
      );
    },
  };
}
