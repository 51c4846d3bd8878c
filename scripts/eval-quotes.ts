/**
 * Real-text evaluation of quotation extraction and speaker attribution.
 *
 *   npx tsx scripts/eval-quotes.ts [evaldata-dir] [--split train|dev|test|all] [--dump N]
 *
 * The folder defaults to `../shared/evaldata` beside the repository. It is read at
 * run time and never copied into the project.
 *
 * PolNeAR (English political news, gold attributions with source/cue/content spans;
 * the first annotator of each article). Upstream keeps dev/test for final figures:
 * develop with `--split train`.
 *
 * - Gold quotation segments: attributions whose content carries double quotation
 *   marks (" “ ” or a doubled apostrophe ''). Content fragments separated only by
 *   whitespace are merged first (the corpus cuts content at sentence boundaries);
 *   inside each, the text between paired marks (“ opens, ” closes, " and '' toggle;
 *   a fragment that starts or ends inside a quotation runs to its edge), whitespace
 *   trimmed. Identical segments of several attributions count once.
 * - Predictions: our top-level `statement` quotations (terms and nested quotations
 *   left out: the gold marks neither scare quotes nor quotes inside quotes).
 * - "Overlap by half": a prediction matches a gold segment when their overlap is at
 *   least half of the gold segment's length AND at least half of the prediction's
 *   length (characters). Precision = matched predictions / predictions; recall =
 *   matched gold segments / gold segments; F1 their harmonic mean.
 * - Speaker accuracy: over matched predictions whose gold source names someone (a
 *   capitalised word other than a determiner or pronoun); correct when our speaker's
 *   last word (the surname) occurs as a whole word in the gold source text,
 *   case-insensitive. No speaker counts as wrong. Sources that are only a pronoun
 *   ("he") or a description ("a source") cannot be checked without coreference and
 *   are counted apart. A description with a capitalised word ("the Florida senator",
 *   "the Times") counts as naming someone: the corpus gives no coreference, entity ids
 *   or mention chains (an attribution has only its source, cue and content spans), so
 *   the name of the person it stands for counts as wrong and no speaker as a miss.
 *   Speaker precision = correct / predictions that gave a speaker.
 *
 * Russian smoke test (quotes-ru-cs-adaq): sentences whose gold content is inside
 * quote marks; we report how many get a statement quotation, and among those whose
 * gold source names someone (same rule as above), how many we give a speaker whose
 * surname is in the gold source tokens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/core/quotes';
import type { Article, ExtractedQuote } from '../src/core/types';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DIR = resolve(HERE, '..', '..', 'shared', 'evaldata');

interface Span {
  start: number;
  end: number;
  text: string;
}
interface GoldAttribution {
  id: string;
  type: string;
  source: Span[];
  cue: Span[];
  content: Span[];
  content_has_quote_marks: boolean;
}
interface PolnearRecord {
  article_id: string;
  split: string;
  text: string;
  annotations: Record<string, { attributions: GoldAttribution[] }>;
}

/** Headline figures for `npm run eval`. Ratios in [0, 1]; `n` = gold segments. */
export interface QuoteEvalResult {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  n: number;
}

interface Segment {
  start: number;
  end: number;
  attribution: GoldAttribution;
}

/**
 * Article text as the extension would see it (paragraphs at blank lines, single
 * line breaks as spaces), with a map from its offsets back to the raw ones.
 */
export function toArticle(
  raw: string,
  id: string,
  language = 'en',
): { article: Article; toRaw: (offset: number) => number } {
  const paragraphs: string[] = [];
  const rawStarts: number[] = [];
  const re = /\n[ \t\u00A0]*\n\s*/g;
  let from = 0;
  const push = (s: number, e: number): void => {
    const seg = raw.slice(s, e);
    const lead = seg.length - seg.trimStart().length;
    const body = seg.trim();
    if (!body) return;
    // Single line breaks inside a paragraph become spaces: same length, same offsets.
    paragraphs.push(body.replace(/\n/g, ' '));
    rawStarts.push(s + lead);
  };
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, raw.length);
  const text = paragraphs.join('\n\n');
  const newStarts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    newStarts.push(at);
    at += p.length + 2;
  }
  const toRaw = (offset: number): number => {
    let k = 0;
    while (k + 1 < newStarts.length && newStarts[k + 1]! <= offset) k++;
    return rawStarts[k]! + (offset - newStarts[k]!);
  };
  const article: Article = {
    url: `eval:${id}`,
    title: '',
    source: '',
    published: null,
    language,
    byline: null,
    paragraphs,
    text,
  };
  return { article, toRaw };
}

/**
 * PolNeAR cuts a content span at sentence boundaries; fragments separated only by
 * whitespace are one stretch of text again.
 */
function mergeFragments(frags: Span[], text: string): Span[] {
  const sorted = [...frags].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start >= last.end && /^\s*$/.test(text.slice(last.end, f.start))) {
      last.end = Math.max(last.end, f.end);
      last.text = text.slice(last.start, last.end);
    } else {
      out.push({ ...f });
    }
  }
  return out;
}

/**
 * The corpus flag `content_has_quote_marks` looks for " “ ” only; this publisher set
 * also writes double quotation marks as two apostrophes (''), which count too.
 */
function hasQuoteMarks(a: GoldAttribution): boolean {
  return a.content_has_quote_marks || a.content.some((f) => f.text.includes("''"));
}

/** The quoted pieces of one content fragment (see the header for the rule). */
function quotedPieces(frag: Span): [number, number][] {
  const out: [number, number][] = [];
  let open: number | null = null;
  for (let i = 0; i < frag.text.length; i++) {
    const ch = frag.text[i];
    const doubled = ch === "'" && frag.text[i + 1] === "'";
    if (ch !== '"' && ch !== '\u201C' && ch !== '\u201D' && !doubled) continue;
    const closing = ch === '\u201D' || ((ch === '"' || doubled) && open !== null);
    if (closing) {
      out.push([open ?? 0, i]);
      open = null;
    } else if (open === null) {
      open = i + (doubled ? 2 : 1);
    }
    if (doubled) i++;
  }
  if (open !== null) out.push([open, frag.text.length]);
  const pieces: [number, number][] = [];
  for (const [s, e] of out) {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(frag.text[a]!)) a++;
    while (b > a && /\s/.test(frag.text[b - 1]!)) b--;
    if (b > a) pieces.push([frag.start + a, frag.start + b]);
  }
  return pieces;
}

export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

const DETERMINERS = new Set([
  'он',
  'она',
  'они',
  'я',
  'мы',
  'та',
  'тот',
  'это',
  'один',
  'одна',
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'our',
  'some',
  'many',
  'one',
  'another',
  'both',
  'i',
  'we',
  'who',
  'which',
  'several',
  'most',
  'other',
  'others',
  'each',
  'all',
  'no',
  'any',
]);

function sourceKind(source: string): 'none' | 'named' | 'other' {
  const s = source.trim();
  if (!s) return 'none';
  const words = s.split(/\s+/);
  const named = words.some(
    (w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')),
  );
  return named ? 'named' : 'other';
}

/** True when our speaker's surname is a word of the gold source (a German genitive -s aside). */
export function speakerMatches(speaker: string, source: string): boolean {
  const parts = speaker.toLowerCase().split(/\s+/);
  const surname = parts[parts.length - 1];
  if (!surname) return false;
  const words = new Set(
    source
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u)
      .map((w) => w.replace(/['’]s$/, '')),
  );
  return words.has(surname) || words.has(surname + 's');
}

interface Tally {
  preds: number;
  predMatched: number;
  gold: number;
  goldMatched: number;
  goldAttributions: number;
  goldAttributionsMatched: number;
  spkNamed: number;
  spkCorrect: number;
  spkGiven: number;
  spkPronoun: number;
  spkPronounGiven: number;
  spkOther: number;
}

/** Examples of misses for development (`--dump N`). */
interface Dumps {
  fp: string[];
  fn: string[];
  wrongSpeaker: string[];
  noSpeaker: string[];
}

function evalPolnear(dir: string, split: string, dumps: Dumps | null): Tally {
  const t: Tally = {
    preds: 0,
    predMatched: 0,
    gold: 0,
    goldMatched: 0,
    goldAttributions: 0,
    goldAttributionsMatched: 0,
    spkNamed: 0,
    spkCorrect: 0,
    spkGiven: 0,
    spkPronoun: 0,
    spkPronounGiven: 0,
    spkOther: 0,
  };
  const lines = readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const rec = JSON.parse(line) as PolnearRecord;
    if (split !== 'all' && rec.split !== split) continue;
    const annotators = Object.keys(rec.annotations).sort();
    if (annotators.length === 0) continue;
    const attributions = rec.annotations[annotators[0]!]!.attributions.filter(hasQuoteMarks);
    const segs: Segment[] = [];
    const seen = new Set<string>();
    for (const a of attributions) {
      for (const frag of mergeFragments(a.content, rec.text)) {
        for (const [s, e] of quotedPieces(frag)) {
          const key = `${s}:${e}`;
          if (seen.has(key)) continue;
          seen.add(key);
          segs.push({ start: s, end: e, attribution: a });
        }
      }
    }
    const { article, toRaw } = toArticle(rec.text, rec.article_id);
    const quotes = extractQuotes(article);
    const preds = predictedSpans(quotes, toRaw);
    t.preds += preds.length;
    t.gold += segs.length;
    t.goldAttributions += attributions.length;
    const segMatched = new Set<Segment>();
    for (const p of preds) {
      const best = bestMatch(p, segs);
      if (!best) {
        if (dumps) dumps.fp.push(`${rec.article_id}: «${p.q.text.slice(0, 120)}» [${p.q.speaker}]`);
        continue;
      }
      t.predMatched++;
      segMatched.add(best);
      const source = best.attribution.source.map((s) => s.text).join(' ');
      const kind = sourceKind(source);
      if (kind === 'named') {
        t.spkNamed++;
        if (p.q.speaker) {
          t.spkGiven++;
          if (speakerMatches(p.q.speaker, source)) t.spkCorrect++;
          else if (dumps)
            dumps.wrongSpeaker.push(
              `${rec.article_id}: ours=${p.q.speaker} (${p.q.speakerMethod}) gold=${source} | ${ctx(rec.text, best.start, best.end)}`,
            );
        } else if (dumps) {
          dumps.noSpeaker.push(
            `${rec.article_id}: gold=${source} | ${ctx(rec.text, best.start, best.end)}`,
          );
        }
      } else if (kind === 'other' && /^(?:he|she)$/i.test(source.trim())) {
        t.spkPronoun++;
        if (p.q.speaker) t.spkPronounGiven++;
      } else {
        t.spkOther++;
      }
    }
    t.goldMatched += segMatched.size;
    const attrMatched = new Set([...segMatched].map((s) => s.attribution));
    t.goldAttributionsMatched += attrMatched.size;
    if (dumps) {
      for (const s of segs) {
        if (!segMatched.has(s)) {
          const ours = quotes.find(
            (q) => overlap(toRaw(q.start), toRaw(q.end - 1) + 1, s.start, s.end) > 0,
          );
          dumps.fn.push(
            `${rec.article_id}: ${ctx(rec.text, s.start, s.end)} «${rec.text.slice(s.start, s.end).slice(0, 120)}» ours=${ours ? `${ours.kind}:«${ours.text.slice(0, 60)}»` : 'none'}`,
          );
        }
      }
    }
  }
  return t;
}

/** The text around a span, the span itself shown as ⟦…⟧. */
/** The statements found in an article, outer quotations only, as spans of the raw text. */
export function predictedSpans(quotes: ExtractedQuote[], toRaw: (offset: number) => number) {
  return topLevelStatements(quotes).map((q) => ({
    q,
    start: toRaw(q.start),
    end: toRaw(q.end - 1) + 1,
  }));
}

/**
 * The gold span `p` matches: overlapping at least half of each, the largest overlap
 * winning; null when none does.
 */
export function bestMatch<S extends { start: number; end: number }>(
  p: { start: number; end: number },
  gold: readonly S[],
): S | null {
  let best: S | null = null;
  let bestOv = 0;
  for (const s of gold) {
    const ov = overlap(p.start, p.end, s.start, s.end);
    if (ov >= 0.5 * (s.end - s.start) && ov >= 0.5 * (p.end - p.start) && ov > bestOv) {
      best = s;
      bestOv = ov;
    }
  }
  return best;
}

export function ctx(text: string, s: number, e: number): string {
  return (text.slice(Math.max(0, s - 120), s) + '⟦…⟧' + text.slice(e, e + 100)).replace(/\n/g, ' ');
}

/** Statements that no other quotation contains. */
export function topLevelStatements(quotes: ExtractedQuote[]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  let outerEnd = -1;
  for (const q of quotes) {
    if (q.start < outerEnd) continue;
    outerEnd = q.end;
    if (q.kind === 'statement') out.push(q);
  }
  return out;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function summarise(t: Tally): QuoteEvalResult {
  const precision = ratio(t.predMatched, t.preds);
  const recall = ratio(t.goldMatched, t.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, speakerAccuracy: ratio(t.spkCorrect, t.spkNamed), n: t.gold };
}

interface RuRecord {
  sentence: string;
  has_attribution: boolean;
  source_tokens: string;
  content_tokens: string;
}

/** Russian smoke figures: detection among quoted attributions and speaker agreement. */
function evalRussian(dir: string): {
  quoted: number;
  found: number;
  withSource: number;
  speakerOk: number;
} {
  const file = join(dir, 'ru_sentences.jsonl');
  const res = { quoted: 0, found: 0, withSource: 0, speakerOk: 0 };
  if (!existsSync(file)) return res;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as RuRecord;
    if (!r.has_attribution || !/["«„“]/.test(r.content_tokens)) continue;
    res.quoted++;
    const article: Article = {
      url: 'ru',
      title: '',
      source: '',
      published: null,
      language: 'ru',
      byline: null,
      paragraphs: [r.sentence],
      text: r.sentence,
    };
    const st = extractQuotes(article).filter((q) => q.kind === 'statement');
    if (st.length === 0) continue;
    res.found++;
    if (sourceKind(r.source_tokens) !== 'named') continue;
    res.withSource++;
    if (st.some((q) => q.speaker && speakerMatches(q.speaker, r.source_tokens))) res.speakerOk++;
  }
  return res;
}

/**
 * Runs the PolNeAR evaluation over every split and returns the headline figures.
 * Resolves with zeros (n = 0) when the data folder is missing.
 */
export async function evalQuotes(
  dir: string = DEFAULT_DIR,
  split = 'all',
): Promise<QuoteEvalResult> {
  const folder = join(dir, 'polnear-attribution');
  if (!existsSync(join(folder, 'articles.jsonl')))
    return { precision: 0, recall: 0, f1: 0, speakerAccuracy: 0, n: 0 };
  return summarise(evalPolnear(folder, split, null));
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let dir = DEFAULT_DIR;
  let split = 'all';
  let dump = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--split') split = args[++i] ?? 'all';
    else if (a === '--dump') dump = Number(args[++i] ?? '20');
    else dir = resolve(a);
  }
  const folder = join(dir, 'polnear-attribution');
  if (!existsSync(join(folder, 'articles.jsonl'))) {
    console.log(
      `eval-quotes: evaluation data not found at ${join(dir, 'polnear-attribution')}; nothing to measure.`,
    );
    return;
  }
  const dumps: Dumps | null = dump > 0 ? { fp: [], fn: [], wrongSpeaker: [], noSpeaker: [] } : null;
  const t0 = performance.now();
  const t = evalPolnear(folder, split, dumps);
  const ms = performance.now() - t0;
  const r = summarise(t);
  console.log(`PolNeAR quotation extraction (split: ${split}, ${(ms / 1000).toFixed(1)} s)`);
  console.log(
    `  gold segments      ${t.gold}   (attributions with quote marks: ${t.goldAttributions})`,
  );
  console.log(`  our statements     ${t.preds}`);
  console.log(`  precision          ${pct(r.precision)}   (${t.predMatched}/${t.preds})`);
  console.log(
    `  recall             ${pct(r.recall)}   (${t.goldMatched}/${t.gold}; attribution-level ${pct(ratio(t.goldAttributionsMatched, t.goldAttributions))})`,
  );
  console.log(`  F1                 ${pct(r.f1)}   (target ≥ 95%)`);
  console.log(
    `  speaker accuracy   ${pct(r.speakerAccuracy)}   (${t.spkCorrect}/${t.spkNamed} matched quotes with a named gold source; target ≥ 90%)`,
  );
  console.log(
    `  speaker precision  ${pct(ratio(t.spkCorrect, t.spkGiven))}   (${t.spkCorrect}/${t.spkGiven} speakers we gave)`,
  );
  console.log(
    `  unchecked sources  he/she: ${t.spkPronoun} (we named ${t.spkPronounGiven}); descriptive or none: ${t.spkOther}`,
  );
  const ru = evalRussian(join(dir, 'quotes-ru-cs-adaq'));
  if (ru.quoted > 0) {
    console.log(`Russian smoke test (quotes-ru-cs-adaq)`);
    console.log(
      `  quoted attributions found  ${ru.found}/${ru.quoted}   speaker in a named gold source ${ru.speakerOk}/${ru.withSource}`,
    );
  } else {
    console.log('Russian smoke test: quotes-ru-cs-adaq not found, skipped.');
  }
  if (dumps) {
    for (const [name, list] of Object.entries(dumps)) {
      console.log(`\n== ${name} (${list.length})`);
      for (const s of list.slice(0, dump).concat(process.env.DUMP_ALL ? list.slice(dump) : []))
        console.log('  ' + s);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
