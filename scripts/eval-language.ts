/**
 * Accuracy of the language detector (src/core/language.ts) on texts whose language is
 * known: the demo corpus, the same-story development set (`../devdata/related-dev`,
 * eight languages, three of them outside the five the engine reads) and, when
 * `../shared/evaldata` is beside the project, its English, German, Russian and Czech texts.
 * A text in a language outside the five is right when it is detected as "und".
 *
 *   npx tsx scripts/eval-language.ts [--evaldata DIR] [--devset DIR] [--franc]
 *
 * `--franc` also measures franc-min (when installed), mapped to the same six answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { detectLanguage } from '../src/core/language';

const FIVE = new Set(['en', 'de', 'fr', 'es', 'ru']);

interface Sample {
  language: string;
  text: string;
}

interface SetResult {
  name: string;
  texts: number;
  correct: number;
  confusion: Map<string, number>;
}

const expected = (language: string) => (FIVE.has(language) ? language : 'und');

function jsonl(path: string): Record<string, unknown>[] {
  const raw = path.endsWith('.gz')
    ? gunzipSync(readFileSync(path)).toString('utf8')
    : readFileSync(path, 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function articleSamples(path: string, fixed?: string): Sample[] {
  return jsonl(path).map((r) => ({
    language: fixed ?? str(r.language),
    text: `${str(r.title)}\n${str(r.text)}`,
  }));
}

function sentenceSamples(path: string): Sample[] {
  return jsonl(path).map((r) => ({ language: str(r.lang), text: str(r.sentence) }));
}

function measure(name: string, samples: Sample[], detect: (t: string) => string): SetResult {
  const confusion = new Map<string, number>();
  let correct = 0;
  for (const s of samples) {
    const want = expected(s.language);
    const got = detect(s.text);
    if (got === want) correct++;
    else confusion.set(`${s.language}→${got}`, (confusion.get(`${s.language}→${got}`) ?? 0) + 1);
  }
  return { name, texts: samples.length, correct, confusion };
}

async function francDetector(): Promise<((t: string) => string) | null> {
  try {
    const { franc } = (await import('franc-min')) as {
      franc: (t: string, o?: { minLength: number }) => string;
    };
    const map = new Map([
      ['eng', 'en'],
      ['deu', 'de'],
      ['fra', 'fr'],
      ['spa', 'es'],
      ['rus', 'ru'],
    ]);
    return (t) => {
      const sample = t.slice(0, 2000);
      if (sample.replace(/\s+/g, '').length < 20) return 'und';
      return map.get(franc(sample, { minLength: 20 })) ?? 'und';
    };
  } catch {
    return null;
  }
}

function arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const evaldata = arg(args, '--evaldata', join(root, '../shared/evaldata'));
  const devset = arg(args, '--devset', join(root, '../devdata/related-dev'));
  const sets: [string, Sample[]][] = [
    ['demo corpus (en, de, fr, es, ru)', articleSamples(join(root, 'src/corpus/demo.jsonl'))],
  ];
  const devFile = join(devset, 'articles.jsonl');
  if (existsSync(devFile)) {
    const dev = articleSamples(devFile);
    sets.push(['development set, the five', dev.filter((s) => FIVE.has(s.language))]);
    sets.push(['development set, tr/pl/ar (→ und)', dev.filter((s) => !FIVE.has(s.language))]);
  } else console.log(`Development set missing: ${devFile} is not there.`);
  if (existsSync(evaldata)) {
    const add = (name: string, path: string, read: () => Sample[]) => {
      if (existsSync(path)) sets.push([name, read()]);
      else console.log(`${path} is missing; skipped.`);
    };
    const polnear = join(evaldata, 'polnear-attribution/articles.jsonl');
    add('evaldata polnear articles (en)', polnear, () => articleSamples(polnear, 'en'));
    const wikinews = join(evaldata, 'de-wikinews-quotes/articles.jsonl.gz');
    add('evaldata Wikinews articles (de)', wikinews, () => articleSamples(wikinews, 'de'));
    const ru = join(evaldata, 'quotes-ru-cs-adaq/ru_sentences.jsonl');
    add('evaldata sentences (ru)', ru, () => sentenceSamples(ru));
    const cs = join(evaldata, 'quotes-ru-cs-adaq/cs_sentences.jsonl');
    add('evaldata sentences (cs → und)', cs, () => sentenceSamples(cs));
  } else console.log(`Evaluation data missing: ${evaldata} is not there; only the sets above.`);

  const detectors: [string, (t: string) => string][] = [['ours', detectLanguage]];
  if (args.includes('--franc')) {
    const franc = await francDetector();
    if (franc) detectors.push(['franc-min', franc]);
    else console.log('franc-min is not installed; measured ours only.');
  }
  console.log(
    'Language detection: share of texts given the right answer (en, de, fr, es, ru or und)',
  );
  for (const [name, detect] of detectors) {
    let all = 0;
    let right = 0;
    const t0 = performance.now();
    for (const [setName, samples] of sets) {
      const r = measure(setName, samples, detect);
      all += r.texts;
      right += r.correct;
      const errors = [...r.confusion]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      console.log(
        `  ${name.padEnd(9)} ${setName.padEnd(36)} ${String(r.texts).padStart(5)} texts  ${((100 * r.correct) / r.texts).toFixed(1).padStart(5)}%${errors ? `  (${errors})` : ''}`,
      );
    }
    console.log(
      `  ${name.padEnd(9)} ${'all'.padEnd(36)} ${String(all).padStart(5)} texts  ${((100 * right) / all).toFixed(1).padStart(5)}%  in ${(performance.now() - t0).toFixed(0)} ms`,
    );
  }
}

await main();
