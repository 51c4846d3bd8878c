/**
 * Real-text evaluation of quotation finding and attribution in German news
 * (de-wikinews-quotes: German Wikinews articles with gold speech annotations).
 *
 *   npx tsx scripts/eval-quotes-de.ts [evaldata-dir] [--split train|dev|all] [--dump N]
 *
 * Tune on `train`; the figures we report are those of `dev`. The folder defaults to
 * `../shared/evaldata` beside the repository; it is read at run time, never copied.
 *
 * - Gold quotations: every `Direct` annotation (the words inside quotation marks),
 *   each piece of its quote span one segment (offsets converted from code points to
 *   UTF-16), whitespace and marks trimmed; identical segments count once.
 * - Predictions: our top-level `statement` quotations, matched to gold segments by
 *   "overlap by half" (the overlap covers at least half of each), as for PolNeAR.
 * - Speaker accuracy is measured where the gold speaker mention contains a name, by
 *   this definition: a token of the mention that (a) starts with a capital and goes
 *   on in lower case (acronyms such as "CDU" name organisations), (b) is not a
 *   function word (article, pronoun, preposition, conjunction, adverb), (c) does not
 *   have the form of a role or common noun (a title such as "Bundeskanzlerin", a
 *   person noun in -er/-or/-ist/-ent … and its plural, or a noun suffix such as
 *   -ung/-heit/-schaft/-ei/-ium), (d) does not follow a lower-case word or an
 *   article inside the mention ("der Papst", "die britische Königin": a noun of a
 *   noun phrase), and (e) is not inside quotation marks (a newspaper's title).
 *   "Bundesinnenminister Schily", "der Leiter der WHO, Klaus Stöhr" and "Merkel"
 *   contain a name; "er", "der Papst", "die Polizei" and "Datenschützer" do not.
 *   Our speaker is correct when its last word occurs as a word of the mention
 *   (a genitive -s aside); no speaker counts as wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/core/quotes';
import { isTitle } from '../src/core/names';
import { bestMatch, ctx, overlap, predictedSpans, speakerMatches, toArticle } from './eval-quotes';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DIR = resolve(HERE, '..', '..', 'shared', 'evaldata');

interface Annotation {
  type: string;
  nested: boolean;
  quote: [number, number][];
  speaker: [number, number][];
  speaker_text: string;
}
interface Record_ {
  id: string;
  split: string;
  text: string;
  annotations: Annotation[];
}

/** Figures for `npm run eval`; ratios in [0, 1]. */
export interface GermanQuoteEval {
  precision: number;
  recall: number;
  f1: number;
  /** Correct speakers among matched quotations whose gold speaker contains a name. */
  speakerAccuracy: number;
  speakerNamed: number;
  /** Gold direct-quotation segments. */
  n: number;
}

const FUNCTION_WORDS = new Set(
  `der die das den dem des ein eine einer eines einem einen er sie es ihr ihm ihn wir ich man
  sein seine ihre dieser diese dieses jener jene laut nach bei von vom zum zur mit und oder aber
  auch so wie als darunter dabei dort hier dazu zudem außerdem damit doch nun da denn beide
  viele einige andere alle mehrere
  in im an am auf aus für gegen gegenüber über unter vor hinter neben zwischen durch ohne um
  seit während wegen trotz ab bis zu
  darauf daraufhin darin daran darüber davon dafür dagegen danach deshalb daher dann jetzt
  später zuvor zuletzt bereits schon noch erst wieder inzwischen unterdessen
  dies jeder jede jedes kein keine`
    .split(/\s+/)
    .filter(Boolean),
);
/** Person nouns and their plurals; German common-noun suffixes. */
const ROLE_FORM =
  /(?:er|or|eur|ist|ent|ant|at|är|ling|iker|nom|loge|erin|orin|istin|entin|antin|atin|ärin)(?:innen|en|n|s)?$/u;
const NOUN_SUFFIX =
  /(?:ung|ungen|heit|keit|schaft|tät|ion|ium|ien|ismus|nis|tum|ei|ie|ik|ur|amt|rat|gericht|bericht|te|zeitung|welle|bahn|bank|post)$/u;

/** True when a gold speaker mention contains a name (see the header for the rule). */
export function containsName(mention: string): boolean {
  const toks = mention.match(/[„“"»«]|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*|[,;:()]/gu) ?? [];
  let inQuote = false;
  let prev = '';
  for (const t of toks) {
    if (/^[„“"»«]$/u.test(t)) {
      inQuote = !inQuote;
      prev = t;
      continue;
    }
    const word = t.replace(/['’]s$|\.$/u, '');
    const afterNounPhrase = /^\p{Ll}/u.test(prev) || FUNCTION_WORDS.has(prev.toLowerCase());
    const named =
      !inQuote &&
      /^\p{Lu}\p{Ll}/u.test(word) &&
      !FUNCTION_WORDS.has(word.toLowerCase()) &&
      !afterNounPhrase &&
      !isTitle(word) &&
      !ROLE_FORM.test(word.toLowerCase()) &&
      !NOUN_SUFFIX.test(word.toLowerCase());
    if (named) return true;
    prev = t;
  }
  return false;
}

/** UTF-16 offset of every code-point offset of `text` (one past the end included). */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

interface Segment {
  start: number;
  end: number;
  speaker: string;
}

interface Tally {
  preds: number;
  predMatched: number;
  gold: number;
  goldMatched: number;
  named: number;
  correct: number;
  given: number;
}

interface Dumps {
  fp: string[];
  fn: string[];
  wrongSpeaker: string[];
  noSpeaker: string[];
}

function readRecords(dir: string): Record_[] {
  const file = join(dir, 'articles.jsonl.gz');
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record_);
}

function evalGerman(records: Record_[], split: string, dumps: Dumps | null): Tally {
  const t: Tally = {
    preds: 0,
    predMatched: 0,
    gold: 0,
    goldMatched: 0,
    named: 0,
    correct: 0,
    given: 0,
  };
  for (const rec of records) {
    if (split !== 'all' && rec.split !== split) continue;
    const text = rec.text;
    const cp = codePointOffsets(text);
    const segs: Segment[] = [];
    const seen = new Set<string>();
    for (const a of rec.annotations) {
      if (a.type !== 'Direct') continue;
      const speaker = a.speaker.map(([s, e]) => text.slice(cp[s], cp[e])).join(' ');
      for (const [s0, e0] of a.quote) {
        let s = cp[s0]!;
        let e = cp[e0]!;
        while (s < e && /[\s„“”"»«‚‘’']/u.test(text[s]!)) s++;
        while (e > s && /[\s„“”"»«‚‘’']/u.test(text[e - 1]!)) e--;
        const key = `${s}:${e}`;
        if (e <= s || seen.has(key)) continue;
        seen.add(key);
        segs.push({ start: s, end: e, speaker });
      }
    }
    const { article, toRaw } = toArticle(text, rec.id, 'de');
    const quotes = extractQuotes(article);
    const preds = predictedSpans(quotes, toRaw);
    t.preds += preds.length;
    t.gold += segs.length;
    const matched = new Set<Segment>();
    for (const p of preds) {
      const best = bestMatch(p, segs);
      if (!best) {
        dumps?.fp.push(`${rec.id}: ${ctx(text, p.start, p.end)} «${p.q.text.slice(0, 100)}»`);
        continue;
      }
      t.predMatched++;
      matched.add(best);
      if (!containsName(best.speaker)) continue;
      t.named++;
      const line = `${rec.id}: ours=${p.q.speaker} (${p.q.speakerMethod}) gold=${best.speaker} | ${ctx(text, best.start, best.end)}`;
      if (p.q.speaker) {
        t.given++;
        if (speakerMatches(p.q.speaker, best.speaker)) t.correct++;
        else dumps?.wrongSpeaker.push(line);
      } else dumps?.noSpeaker.push(line);
    }
    t.goldMatched += matched.size;
    if (dumps) {
      for (const s of segs) {
        if (matched.has(s)) continue;
        const ours = quotes.find(
          (q) => overlap(toRaw(q.start), toRaw(q.end - 1) + 1, s.start, s.end) > 0,
        );
        dumps.fn.push(
          `${rec.id}: ${ctx(text, s.start, s.end)} «${text.slice(s.start, s.end).slice(0, 100)}» ours=${ours ? `${ours.kind}:«${ours.text.slice(0, 60)}»` : 'none'}`,
        );
      }
    }
  }
  return t;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function summarise(t: Tally): GermanQuoteEval {
  const precision = ratio(t.predMatched, t.preds);
  const recall = ratio(t.goldMatched, t.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: ratio(t.correct, t.named),
    speakerNamed: t.named,
    n: t.gold,
  };
}

/**
 * The German figures on one split (`dev` for reporting). Resolves to null when the
 * data folder is missing.
 */
export function evalQuotesGerman(dir: string = DEFAULT_DIR, split = 'dev'): GermanQuoteEval | null {
  const folder = join(dir, 'de-wikinews-quotes');
  if (!existsSync(join(folder, 'articles.jsonl.gz'))) return null;
  return summarise(evalGerman(readRecords(folder), split, null));
}

function main(): void {
  const args = process.argv.slice(2);
  let dir = DEFAULT_DIR;
  let split = 'train';
  let dump = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--split') split = args[++i] ?? 'train';
    else if (a === '--dump') dump = Number(args[++i] ?? '20');
    else dir = resolve(a);
  }
  const folder = join(dir, 'de-wikinews-quotes');
  if (!existsSync(join(folder, 'articles.jsonl.gz'))) {
    console.log(`eval-quotes-de: evaluation data not found at ${folder}; nothing to measure.`);
    return;
  }
  const dumps: Dumps | null = dump > 0 ? { fp: [], fn: [], wrongSpeaker: [], noSpeaker: [] } : null;
  const t = evalGerman(readRecords(folder), split, dumps);
  const r = summarise(t);
  const f = (x: number): string => x.toFixed(3);
  console.log(`de-wikinews direct quotations (split: ${split})`);
  console.log(`  gold segments ${t.gold}, our statements ${t.preds}`);
  console.log(`  spans: precision ${f(r.precision)}, recall ${f(r.recall)}, F1 ${f(r.f1)}`);
  console.log(
    `  named-speaker accuracy ${f(r.speakerAccuracy)} (${t.correct}/${t.named}; we gave ${t.given}, precision ${f(ratio(t.correct, t.given))})`,
  );
  if (dumps) {
    for (const [name, list] of Object.entries(dumps)) {
      console.log(`\n== ${name} (${list.length})`);
      for (const s of list.slice(0, dump)) console.log('  ' + s);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
