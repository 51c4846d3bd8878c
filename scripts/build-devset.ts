/**
 * Builds the same-story development set into `../devdata/related-dev/` (outside the
 * project; nothing from there is ever committed) from the Parallel Universal
 * Dependencies (PUD) treebanks: news excerpts (documents `n…`) professionally translated
 * into many languages, CC BY-SA. The same document in two languages is one story told
 * twice; two different documents are two stories.
 *
 *   npx tsx scripts/build-devset.ts GIT_DIR... [--out DIR]
 *
 * Each GIT_DIR is a clone of a UD_<Language>-PUD repository; its `*.conllu` at HEAD is
 * read, the language taken from the file name (`tr_pud-ud-test.conllu` → tr). Output:
 * `articles.jsonl`, one article per line with its `event` (the document id) and `split`:
 * `fit` or `test`, drawn by a hash of the document id so that all translations of one
 * document fall on one side. `npm run eval` reports on `test` only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitText } from './git-read';
import { hash32 } from '../src/core/text';

/** One article of the development set, as `articles.jsonl` holds it. */
export interface DevArticle {
  url: string;
  title: string;
  text: string;
  language: string;
  source: string;
  published: string | null;
  event: string;
  split: 'fit' | 'test';
}

export const DEFAULT_DEVSET_DIR = fileURLToPath(
  new URL('../../devdata/related-dev', import.meta.url),
);

/** The split of a document: about half fit, half test, fixed by its id. */
export function splitOf(event: string): 'fit' | 'test' {
  return hash32(`devset:${event}`) % 2 === 0 ? 'fit' : 'test';
}

/**
 * The news documents of one CoNLL-U file: their sentences joined in order. The first
 * sentence stands as the title (the excerpts have none), the rest as the body.
 */
export function pudDocuments(conllu: string, language: string, origin: string): DevArticle[] {
  // Sentence ids are the document id and a sentence number (n01001011: document n01001);
  // some languages' files have no document markers, so the ids decide.
  const docs: { id: string; sentences: string[] }[] = [];
  let id = '';
  for (const line of conllu.split('\n')) {
    const sent = /^# sent_id = ([a-z]\d{5})\d+/.exec(line);
    if (sent) id = sent[1]!;
    else if (line.startsWith('# text = ') && id) {
      if (docs[docs.length - 1]?.id !== id) docs.push({ id, sentences: [] });
      docs[docs.length - 1]!.sentences.push(line.slice(9).trim());
    }
  }
  return docs
    .filter((d) => d.id.startsWith('n') && d.sentences.length >= 2)
    .map((d) => ({
      url: `https://pud.example/${language}/${d.id}`,
      title: d.sentences[0]!,
      text: d.sentences.slice(1).join(' '),
      language,
      source: `${origin} (${language})`,
      published: null,
      event: d.id,
      split: splitOf(d.id),
    }));
}

function main(): void {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 ? args[outIdx + 1]! : DEFAULT_DEVSET_DIR;
  const dirs = args.filter((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));
  if (dirs.length === 0) {
    console.error('usage: tsx scripts/build-devset.ts GIT_DIR... [--out DIR]');
    process.exit(2);
  }
  const articles: DevArticle[] = [];
  for (const dir of dirs) {
    const commit = gitText(dir, 'rev-parse', 'HEAD').trim().slice(0, 12);
    for (const file of gitText(dir, 'ls-tree', '--name-only', 'HEAD').split('\n')) {
      if (!file.endsWith('.conllu')) continue;
      const language = basename(file).split('_')[0]!;
      articles.push(
        ...pudDocuments(gitText(dir, 'show', `HEAD:${file}`), language, `PUD@${commit}`),
      );
    }
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'articles.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n'));
  const byLang = new Map<string, number>();
  for (const a of articles) byLang.set(a.language, (byLang.get(a.language) ?? 0) + 1);
  const events = new Set(articles.map((a) => a.event));
  const test = new Set(articles.filter((a) => a.split === 'test').map((a) => a.event));
  console.log(
    `${articles.length} articles, ${events.size} documents (${test.size} held out for test) → ${out}`,
  );
  console.log([...byLang].map(([l, n]) => `${l} ${n}`).join(', '));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
