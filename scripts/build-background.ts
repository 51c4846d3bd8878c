/**
 * Builds `src/corpus/background.json`: per language, in how many sentences of a reference
 * text each word occurs (the engine's corpus-independent rarity, see src/core/background.ts).
 * Only counts are written, never text. The reference text is Universal Dependencies
 * treebanks under CC BY-SA 4.0 (attribution in the file's `source` and in the README).
 *
 *   npx tsx scripts/build-background.ts GIT_DIR... [--out FILE] [--min-count 2]
 *
 * Each GIT_DIR is a clone (bare or not) of a UD treebank repository; every `*.conllu`
 * file present at its HEAD is read, and its language is the file name's prefix
 * (`de_gsd-ud-dev.conllu` → de). Counting uses the engine's own tokenizer, so the keys
 * are what `featurize` produces.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitText } from './git-read';
import type { BackgroundFile } from '../src/core/background';
import { stripElision, tokenize } from '../src/core/text';

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out =
  outIdx >= 0
    ? args[outIdx + 1]!
    : fileURLToPath(new URL('../src/corpus/background.json', import.meta.url));
const minIdx = args.indexOf('--min-count');
const minCount = minIdx >= 0 ? Number(args[minIdx + 1]) : 2;
const optionValues = new Set([outIdx, minIdx].filter((i) => i >= 0).map((i) => i + 1));
const dirs = args.filter((a, i) => !a.startsWith('--') && !optionValues.has(i));
if (dirs.length === 0) {
  console.error('usage: tsx scripts/build-background.ts GIT_DIR... [--out FILE] [--min-count N]');
  process.exit(2);
}

const tables = new Map<string, { units: number; df: Map<string, number> }>();
const sources: string[] = [];
for (const dir of dirs) {
  const commit = gitText(dir, 'rev-parse', 'HEAD').trim();
  const files = gitText(dir, 'ls-tree', '-r', '--name-only', 'HEAD')
    .split('\n')
    .filter((f) => f.endsWith('.conllu') && !f.includes('/'));
  const repo = basename(dir === '.' ? process.cwd() : dir.replace(/\/repo\/?$/, '')).replace(
    /^[^+]*\+/,
    '',
  );
  const used: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = gitText(dir, 'show', `HEAD:${file}`);
    } catch {
      continue; // listed but not present in this snapshot
    }
    const lang = basename(file).split('_')[0]!;
    let t = tables.get(lang);
    if (!t) tables.set(lang, (t = { units: 0, df: new Map() }));
    for (const line of text.split('\n')) {
      if (!line.startsWith('# text = ')) continue;
      t.units++;
      const seen = new Set<string>();
      for (const tok of tokenize(line.slice(9), lang)) {
        if (tok.isNumber) continue;
        seen.add(stripElision(tok.norm));
      }
      for (const w of seen) t.df.set(w, (t.df.get(w) ?? 0) + 1);
    }
    used.push(file);
  }
  if (used.length) sources.push(`${repo}@${commit.slice(0, 12)} (${used.join(', ')})`);
}

const file: BackgroundFile = {
  version: 1,
  source:
    'Sentence counts of words in Universal Dependencies treebanks (CC BY-SA 4.0, ' +
    'universaldependencies.org): ' +
    sources.join('; '),
  languages: {},
};
for (const [lang, t] of [...tables].sort((a, b) => a[0].localeCompare(b[0]))) {
  const kept = [...t.df]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  file.languages[lang] = {
    units: t.units,
    words: kept.map(([w]) => w),
    counts: kept.map(([, c]) => c),
  };
  console.log(`${lang}: ${t.units} sentences, ${kept.length} words kept (count ≥ ${minCount})`);
}
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`wrote ${out}`);
