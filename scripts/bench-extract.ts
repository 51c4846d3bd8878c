/**
 * Extraction in the page: our content-script extraction (`extractArticle`) against bare
 * Readability on the 181 pages of `../shared/evaldata/article-extraction-benchmark`.
 *
 * Timing: each page is parsed by jsdom once (not timed); then, for several rounds, both
 * extractors run on that same document, in alternating order, each on its own clone
 * (`extractArticle` clones internally; bare Readability gets `doc.cloneNode(true)`).
 *
 * Quality is scored the way that benchmark's maintainers score it: both texts are split
 * into word tokens (runs of letters, digits and underscores, case kept), then word
 * 4-gram shingles; true/false positives and false negatives are counted on the shingle
 * multisets per page and normalised to sum to 1 so long pages do not weigh more;
 * precision is the mean over pages that predicted anything, recall the mean over pages
 * with a gold body, and F1 their harmonic mean. Their published F1 for Readability.js
 * 0.6.0 is 0.947; the same scorer is run on their stored Readability output as a check.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/content/extract';
import { collect } from './bench-util';

/** The published word 4-gram F1 of Readability.js 0.6.0 on these pages. */
export const PUBLISHED_READABILITY_F1 = 0.947;

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Word 4-gram shingle counts; a text with 1–3 words gives one shorter shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page true positives, false positives and false negatives, normalised to sum to 1. */
export function shingleMatch(
  gold: string,
  predicted: string,
): [tp: number, fp: number, fn: number] {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Pooled scores over pages, as described at the top of this file. */
export function scorePages(pages: readonly [number, number, number][]): ExtractionScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const [tp, fp, fn] of pages) {
    const perfect = fp === 0 && fn === 0;
    if (tp + fp > 0) precisions.push(perfect ? 1 : tp / (tp + fp));
    if (tp + fn > 0) recalls.push(perfect ? 1 : tp / (tp + fn));
  }
  const precision = precisions.reduce((s, x) => s + x, 0) / Math.max(1, precisions.length);
  const recall = recalls.reduce((s, x) => s + x, 0) / Math.max(1, recalls.length);
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

export interface ExtractionResult {
  pages: number;
  rounds: number;
  /** Sum of our extraction times over pages and rounds, ms. */
  oursMs: number;
  bareMs: number;
  /** oursMs / bareMs. */
  ratio: number;
  /** Median over pages of (our time / bare time) on that page. */
  medianPageRatio: number;
  ours: ExtractionScore;
  bare: ExtractionScore;
  /** The same scorer on the benchmark's stored Readability.js output (all its pages). */
  publishedCheck: ExtractionScore | null;
  /** Pages where `extractArticle` found no article. */
  oursEmpty: number;
  readabilityVersion: string;
}

export interface ExtractionOptions {
  dir: string;
  rounds: number;
  /** Use only the first `limit` pages (by file name); 0 = all. */
  limit: number;
  log: (msg: string) => void;
}

/** Null when the folder or its files are missing. */
export function benchExtraction(opts: ExtractionOptions): ExtractionResult | null {
  const htmlDir = join(opts.dir, 'html');
  const gtPath = join(opts.dir, 'ground-truth.json');
  if (!existsSync(htmlDir) || !existsSync(gtPath)) return null;
  const gold = JSON.parse(readFileSync(gtPath, 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  let files = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
  if (opts.limit > 0) files = files.slice(0, opts.limit);
  const virtualConsole = new VirtualConsole(); // jsdom's CSS and script warnings stay quiet
  const oursScores: [number, number, number][] = [];
  const bareScores: [number, number, number][] = [];
  const pageRatios: number[] = [];
  let oursMs = 0,
    bareMs = 0,
    oursEmpty = 0;
  let done = 0;
  for (const file of files) {
    const id = file.slice(0, -'.html.gz'.length);
    const entry = gold[id];
    if (!entry) continue;
    const url = entry.url && /^https?:/.test(entry.url) ? entry.url : 'https://example.org/';
    const html = gunzipSync(readFileSync(join(htmlDir, file))).toString('utf8');
    const dom = new JSDOM(html, { url, virtualConsole });
    const doc = dom.window.document;
    collect();
    let pageOurs = 0,
      pageBare = 0;
    let oursText = '',
      bareText = '';
    const runOurs = () => {
      const t0 = performance.now();
      const res = extractArticle(doc, url);
      pageOurs += performance.now() - t0;
      oursText = res.article ? res.article.text : '';
    };
    const runBare = () => {
      const t0 = performance.now();
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      pageBare += performance.now() - t0;
      bareText = parsed?.textContent ?? '';
    };
    for (let r = 0; r < opts.rounds; r++) {
      if ((r + done) % 2 === 0) {
        runOurs();
        runBare();
      } else {
        runBare();
        runOurs();
      }
    }
    if (!oursText) oursEmpty++;
    oursMs += pageOurs;
    bareMs += pageBare;
    if (pageBare > 0) pageRatios.push(pageOurs / pageBare);
    oursScores.push(shingleMatch(entry.articleBody ?? '', oursText));
    bareScores.push(shingleMatch(entry.articleBody ?? '', bareText));
    dom.window.close();
    done++;
    if (done % 30 === 0) opts.log(`  extraction: ${done}/${files.length} pages`);
  }
  pageRatios.sort((a, b) => a - b);
  let publishedCheck: ExtractionScore | null = null;
  const baselinePath = join(opts.dir, 'baseline-output-readability_js.json');
  if (existsSync(baselinePath)) {
    const base = JSON.parse(readFileSync(baselinePath, 'utf8')) as {
      output?: Record<string, { articleBody?: string }>;
    };
    const out = base.output ?? {};
    publishedCheck = scorePages(
      Object.keys(gold).map((k) =>
        shingleMatch(gold[k]?.articleBody ?? '', out[k]?.articleBody ?? ''),
      ),
    );
  }
  let readabilityVersion = '?';
  try {
    const pkgUrl = new URL('../node_modules/@mozilla/readability/package.json', import.meta.url);
    readabilityVersion = (JSON.parse(readFileSync(pkgUrl, 'utf8')) as { version: string }).version;
  } catch {
    // Reported as "?".
  }
  return {
    pages: done,
    rounds: opts.rounds,
    oursMs,
    bareMs,
    ratio: oursMs / bareMs,
    medianPageRatio: pageRatios[Math.floor(pageRatios.length / 2)] ?? NaN,
    ours: scorePages(oursScores),
    bare: scorePages(bareScores),
    publishedCheck,
    oursEmpty,
    readabilityVersion,
  };
}
