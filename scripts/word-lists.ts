/**
 * An esbuild plugin for the engine's word-list files (`src/core/data/*.json`): each list
 * of plain words is shipped as one space-joined string split when the bundle loads,
 * instead of a JSON array with quotes and a comma around every word. The lists are the
 * same values; the worker's bundle is smaller (it has a size budget).
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** JavaScript for `value`, lists of plain words as `"a b c".split(" ")` where that is shorter. */
export function compactWords(value: unknown): string {
  if (Array.isArray(value)) {
    const plain = value.every((w) => typeof w === 'string' && w !== '' && !/\s/.test(w));
    const list = `[${value.map(compactWords).join(',')}]`;
    if (!plain) return list;
    const joined = `${JSON.stringify(value.join(' '))}.split(" ")`;
    return joined.length < list.length ? joined : list;
  }
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${compactWords(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function wordLists(): Plugin {
  return {
    name: 'word-lists',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => ({
        contents: `export default ${compactWords(JSON.parse(await readFile(args.path, 'utf8')))};`,
        loader: 'js',
      }));
    },
  };
}
