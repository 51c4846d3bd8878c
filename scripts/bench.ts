/**
 * `npm run bench`: one run, one report.
 *
 * 1. Retrievers on generated corpora of 1k, 10k and 100k articles (scripts/gen-corpus.ts):
 *    our index, MiniSearch and FlexSearch — build time, stored size, load time, query
 *    latency p50/p95, same-story recall@5 on held-out articles, memory per article.
 * 2. Quotation corroboration latency per quotation at each size (and verdict checks
 *    against the generator's truth).
 * 3. Extraction in the page against bare Readability on
 *    ../shared/evaldata/article-extraction-benchmark (skipped, and said so, when absent).
 * 4. Sizes of the built scripts in dist/chrome (built first when missing).
 * Then every target of the performance budget, met or NOT met, with its figure. Exits 0
 * either way: this is a report, not a gate.
 *
 * Options: --sizes 1000,10000  --held-out 200  --rounds 2 (extraction)  --pages 0 (all)
 *          --corroboration-budget 15, --query-budget 60 (seconds; held-out articles are measured
 *          in order until the budget is spent, at least 50 queries per retriever)
 *          --quick (small smoke run)  --no-extract  --no-bundle  --json out.json
 *          --feed-articles 50000 (0 skips the feed benchmark)
 *          --misses (print each quotation that failed an altered check, with the engine's matches)
 *          --ours-only (leave MiniSearch and FlexSearch out)
 * Run with `node --expose-gc --import tsx scripts/bench.ts` so memory can be measured.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_BUDGETS, bundleSizes, type BundleFile } from './bench-bundle';
import {
  benchSize,
  RECALL_AT,
  type ConfigResult,
  type RetrieverResult,
  type SizeResult,
} from './bench-corpus';
import { QUERY_CONFIGS } from './bench-retrievers';
import { benchExtraction, PUBLISHED_READABILITY_F1, type ExtractionResult } from './bench-extract';
import { benchFeeds, type FeedBenchResult } from './bench-feeds';
import { benchPackCheck, type PackBenchResult } from './bench-pack';
import { evaldataDir, fmt, HAS_GC, parseArgs, REPO_ROOT, table } from './bench-util';

export interface BenchOptions {
  sizes: number[];
  heldOut: number;
  rounds: number;
  pages: number;
  /** Seconds per corpus size for the corroboration measurement. */
  corroborationBudget: number;
  /** Seconds per retriever and size for the held-out queries (at least 50 run). */
  queryBudget: number;
  extract: boolean;
  bundle: boolean;
  /** Articles in the feed corpus of the feed benchmark (0: skip it). */
  feedArticles: number;
  /** Lines of the `pack check` run. */
  packLines: number;
  /** Build dist/ when it is missing. */
  build: boolean;
  /** Print each quotation that failed an altered check. */
  misses: boolean;
  /** Measure our retriever and corroboration only. */
  oursOnly: boolean;
  log: (msg: string) => void;
}

export interface TargetCheck {
  target: string;
  /** null: not measured in this run. */
  met: boolean | null;
  figure: string;
}

export interface BenchResult {
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string };
  sizes: SizeResult[];
  extraction: ExtractionResult | null;
  extractionNote: string | null;
  bundles: BundleFile[] | null;
  bundleNote: string | null;
  feeds: FeedBenchResult | null;
  /** `pack check` over `packLines` lines. */
  pack: PackBenchResult | null;
  targets: TargetCheck[];
  seconds: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [1000, 10_000, 100_000],
  heldOut: 200,
  rounds: 2,
  pages: 0,
  corroborationBudget: 15,
  queryBudget: 60,
  extract: true,
  bundle: true,
  feedArticles: 50_000,
  packLines: 200_000,
  build: true,
  misses: false,
  oursOnly: false,
  log: (m) => console.error(m),
};

/** Options of a fast smoke run (seconds, not minutes). */
export const QUICK_OPTIONS: Partial<BenchOptions> = {
  sizes: [400],
  heldOut: 30,
  rounds: 2,
  pages: 6,
  feedArticles: 400,
  packLines: 20_000,
  build: false,
};

/** Seed of the corpus of a given size; fixed so that runs compare. */
const seedFor = (size: number) => 20_260_000 + size;

export function runBench(partial: Partial<BenchOptions> = {}): BenchResult {
  const opts = { ...DEFAULT_OPTIONS, ...partial };
  const t0 = performance.now();
  const sizes: SizeResult[] = [];
  for (const size of opts.sizes) {
    opts.log(`corpus of ${size} articles…`);
    sizes.push(
      benchSize({
        size,
        heldOut: opts.heldOut,
        seed: seedFor(size),
        loadRuns: 5,
        queryBudgetMs: opts.queryBudget * 1000,
        corroborationBudgetMs: opts.corroborationBudget * 1000,
        oursOnly: opts.oursOnly,
        log: opts.log,
      }),
    );
  }

  let extraction: ExtractionResult | null = null;
  let extractionNote: string | null = null;
  if (opts.extract) {
    const data = evaldataDir();
    const dir = data ? join(data, 'article-extraction-benchmark') : null;
    opts.log('extraction…');
    extraction = dir
      ? benchExtraction({ dir, rounds: opts.rounds, limit: opts.pages, log: opts.log })
      : null;
    if (!extraction)
      extractionNote =
        'skipped: ../shared/evaldata/article-extraction-benchmark is missing (html/ and ground-truth.json are needed)';
  } else extractionNote = 'skipped (--no-extract)';

  let bundles: BundleFile[] | null = null;
  let bundleNote: string | null = null;
  if (opts.bundle) {
    const dist = join(REPO_ROOT, 'dist', 'chrome');
    bundles = bundleSizes(dist);
    if (!bundles && opts.build) {
      opts.log('dist/chrome is missing: npm run build…');
      const r = spawnSync('npm', ['run', 'build'], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (r.status !== 0) bundleNote = `skipped: npm run build failed (exit ${r.status})`;
      bundles = bundleSizes(dist);
    }
    if (!bundles && !bundleNote) bundleNote = 'skipped: dist/chrome is missing (run npm run build)';
  } else bundleNote = 'skipped (--no-bundle)';

  let feeds: FeedBenchResult | null = null;
  if (opts.feedArticles > 0) {
    opts.log(`feeds: ingestion and a ${opts.feedArticles}-article feed corpus…`);
    feeds = benchFeeds({
      articles: opts.feedArticles,
      pages: 300,
      queries: 60,
      seed: seedFor(opts.feedArticles) + 7,
    });
  }

  opts.log(`pack check: ${opts.packLines} lines…`);
  const pack = benchPackCheck(opts.packLines);

  const result: BenchResult = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '?',
      memoryGiB: totalmem() / 2 ** 30,
      node: process.version,
    },
    sizes,
    extraction,
    extractionNote,
    bundles,
    bundleNote,
    feeds,
    pack,
    targets: [],
    seconds: 0,
  };
  result.targets = evaluateTargets(result);
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/** A peer's query configuration that is as good as ours and not much slower. */
function rivals(ours: RetrieverResult, c: ConfigResult): boolean {
  return c.recall >= ours.recall && c.queryP50 <= RIVAL_LATENCY * ours.queryP50;
}

/** Latency, as a multiple of ours, within which a peer configuration with our recall would rival us. */
const RIVAL_LATENCY = 3;

const configLabel = (id: string) => QUERY_CONFIGS.find((c) => c.id === id)?.label ?? id;

/**
 * The restated retrieval target at one size: no peer configuration finds as much of the
 * story (recall@5 ≥ ours) within 3× our query time.
 */
function restatedTarget(
  size: number,
  ours: RetrieverResult,
  peers: readonly RetrieverResult[],
): TargetCheck {
  const all = peers.flatMap((p) => p.configs.map((c) => ({ peer: p.name, ...c })));
  const target = `${size}: no peer configuration has recall@${RECALL_AT} ≥ ours and query p50 ≤ ${RIVAL_LATENCY}× ours`;
  if (all.length === 0) return { target, met: null, figure: 'no peer configuration measured' };
  const rivalling = all.filter((c) => rivals(ours, c));
  const describe = (c: (typeof all)[number]) =>
    `${c.peer} ${configLabel(c.config)} ${fmt(c.recall, 3)} at ${fmt(c.queryP50, 3)} ms (${fmt(ratio(c.queryP50, ours.queryP50), 2)}×)`;
  const best = all.reduce((a, b) => (b.recall > a.recall ? b : a));
  const fastest = all.reduce((a, b) => (b.queryP50 < a.queryP50 ? b : a));
  return {
    target,
    met: rivalling.length === 0,
    figure:
      `ours ${fmt(ours.recall, 3)} at ${fmt(ours.queryP50, 3)} ms; ` +
      (rivalling.length
        ? `rivalled by ${rivalling.map(describe).join('; ')}`
        : `best peer recall ${describe(best)}; fastest ${describe(fastest)}`),
  };
}

/** Each target of the performance budget against the measured figures. */
export function evaluateTargets(r: BenchResult): TargetCheck[] {
  const out: TargetCheck[] = [];
  const find = (s: SizeResult, name: string) => s.retrievers.find((x) => x.name === name);
  if (r.pack)
    out.push({
      target: `pack check: ${r.pack.lines.toLocaleString('en')} lines in < 10 s`,
      met: r.pack.ms < 10_000,
      figure: `${fmt(r.pack.ms / 1000, 2)} s (${Math.round(r.pack.perSecond).toLocaleString('en')} lines/s)`,
    });
  if (r.sizes.length === 0)
    out.push({ target: 'retriever targets', met: null, figure: 'no corpus size run' });
  for (const s of r.sizes) {
    const ours = find(s, 'ours');
    const mini = find(s, 'MiniSearch');
    const peers = s.retrievers.filter((x) => x.name !== 'ours');
    if (!ours || !mini || peers.length === 0) continue;
    out.push(restatedTarget(s.size, ours, peers));
    const loadSpeedup = ratio(mini.loadMs, ours.loadMs);
    out.push({
      target: `${s.size}: load ≥ 5× faster than MiniSearch.loadJSON`,
      met: loadSpeedup >= 5,
      figure: `ours ${fmt(ours.loadMs, 3)} ms vs ${fmt(mini.loadMs, 2)} ms = ${fmt(loadSpeedup, 1)}×`,
    });
    const indexOnly = ours.indexOnlyBytes ?? ours.bytes;
    out.push({
      target: `${s.size}: stored index ≤ 0.5× MiniSearch JSON (index without texts, like MiniSearch's)`,
      met: ratio(indexOnly, mini.bytes) <= 0.5,
      figure: `${fmt(indexOnly / 2 ** 20)} MiB vs ${fmt(mini.bytes / 2 ** 20)} MiB = ${fmt(ratio(indexOnly, mini.bytes))}× (with texts: ${fmt(ours.bytes / 2 ** 20)} MiB = ${fmt(ratio(ours.bytes, mini.bytes))}×)`,
    });
  }
  // Altered quotations, at every size: a changed figure is found where the rest aligns,
  // the charge never comes from another story's coverage, and intact quotations are not
  // charged.
  for (const s of r.sizes) {
    const c = s.corroboration;
    if (!c) continue;
    out.push({
      target: `${s.size}: number-altered quotations found ≥ 0.95`,
      met: c.alteredCases > 0 ? c.alteredShare >= 0.95 : null,
      figure: `${fmt(c.alteredShare, 3)} of ${c.alteredCases}`,
    });
    out.push({
      target: `${s.size}: altered verdicts drawn from another story = 0`,
      met: c.alteredVerdicts === 0 || c.alteredElsewhereShare === 0,
      figure: `${fmt(c.alteredElsewhereShare, 3)} of ${c.alteredVerdicts}`,
    });
    out.push({
      target: `${s.size}: false altered ≤ 0.005`,
      met: c.corroboratedCases > 0 ? c.falseAlteredShare <= 0.005 : null,
      figure: `${fmt(c.falseAlteredShare, 3)} of ${c.corroboratedCases} quotations to corroborate`,
    });
  }
  const c100 = r.sizes.find((s) => s.size === 100_000)?.corroboration;
  const c10 = r.sizes.find((s) => s.size === 10_000)?.corroboration;
  out.push(
    c100
      ? {
          target: '100000: corroboration p50 < 2 ms per quotation',
          met: c100.p50 < 2,
          figure: `${fmt(c100.p50, 3)} ms (p95 ${fmt(c100.p95, 3)} ms)`,
        }
      : {
          target: '100000: corroboration p50 < 2 ms per quotation',
          met: null,
          figure: 'not measured (100k not in --sizes)',
        },
  );
  out.push(
    c100 && c10
      ? {
          target: 'corroboration p50 grows < 3× from 10k to 100k',
          met: ratio(c100.p50, c10.p50) < 3,
          figure: `${fmt(c10.p50, 3)} → ${fmt(c100.p50, 3)} ms = ${fmt(ratio(c100.p50, c10.p50))}×`,
        }
      : {
          target: 'corroboration p50 grows < 3× from 10k to 100k',
          met: null,
          figure: 'not measured (needs 10k and 100k)',
        },
  );
  const e = r.extraction;
  out.push(
    e
      ? {
          target: 'extraction time ≤ 1.2× bare Readability',
          met: e.ratio <= 1.2,
          figure: `${fmt(e.ratio, 3)}× (median page ${fmt(e.medianPageRatio, 3)}×, ${e.pages} pages × ${e.rounds} rounds)`,
        }
      : {
          target: 'extraction time ≤ 1.2× bare Readability',
          met: null,
          figure: r.extractionNote ?? 'not measured',
        },
  );
  out.push(
    e
      ? {
          target: `extraction F1 ≥ ${PUBLISHED_READABILITY_F1} (word 4-gram shingles)`,
          met: e.ours.f1 >= PUBLISHED_READABILITY_F1,
          figure: `${fmt(e.ours.f1, 4)} (bare Readability here ${fmt(e.bare.f1, 4)}${e.pages < 181 ? `, only ${e.pages} pages` : ''})`,
        }
      : {
          target: `extraction F1 ≥ ${PUBLISHED_READABILITY_F1} (word 4-gram shingles)`,
          met: null,
          figure: r.extractionNote ?? 'not measured',
        },
  );
  for (const [file, budget] of Object.entries(BUNDLE_BUDGETS)) {
    const b = r.bundles?.find((x) => x.file === file);
    out.push(
      b
        ? {
            target: `${file} ≤ ${budget / 1000} KB minified`,
            met: b.minified <= budget,
            figure: `${fmt(b.minified / 1000, 1)} KB (gzip ${fmt(b.gzipped / 1000, 1)} KB)`,
          }
        : {
            target: `${file} ≤ ${budget / 1000} KB minified`,
            met: null,
            figure: r.bundleNote ?? `${file} not found in dist/chrome`,
          },
    );
  }
  return out;
}

/** The report as plain text (Markdown-compatible tables). */
export function formatReport(r: BenchResult): string {
  const lines: string[] = [];
  lines.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpu}, ${fmt(r.machine.memoryGiB, 1)} GiB, Node ${r.machine.node}${HAS_GC ? '' : ' (no --expose-gc: memory not measured)'}`,
  );
  lines.push('');
  lines.push(
    `Retrievers (held-out queries; recall@${RECALL_AT} = share of the query's same-story articles in the top ${RECALL_AT}, capped by min(${RECALL_AT}, true count))`,
  );
  const rows: string[][] = [];
  for (const s of r.sizes) {
    for (const x of s.retrievers) {
      rows.push([
        String(s.size),
        x.name,
        fmt(x.buildMs / 1000, 2),
        fmt(x.bytes / 2 ** 20, 2),
        x.indexOnlyBytes === null ? '–' : fmt(x.indexOnlyBytes / 2 ** 20, 2),
        fmt(x.loadMs, 2),
        fmt(x.firstQueryMs, 2),
        String(x.queries),
        fmt(x.queryP50, 3),
        fmt(x.queryP95, 3),
        fmt(x.recall, 3),
        fmt(x.memPerArticle, 0),
      ]);
    }
  }
  lines.push(
    table(
      [
        'articles',
        'retriever',
        'build s',
        'stored MiB',
        'w/o texts MiB',
        'load ms',
        'first query ms',
        'queries',
        'query p50 ms',
        'query p95 ms',
        `recall@${RECALL_AT}`,
        'memory B/article',
      ],
      rows,
    ),
  );
  lines.push(
    'stored: ours = serializeCorpus (metadata, term/entity/number/quote postings, MinHash, article texts); "w/o texts" = serializeCorpus(c, { texts: false });',
  );
  lines.push(
    '        load = median of the loads; first query = the first query right after the last load (work left for first use is paid there).',
  );
  lines.push(
    '        MiniSearch = JSON.stringify(index) (URL as id, no stored fields); FlexSearch = export() chunks + URL list JSON. Memory = heap + ArrayBuffers after build.',
  );
  lines.push('');
  lines.push(
    `Retrieval against peers, restated: each peer queried three ways on the same held-out articles; recall@${RECALL_AT} against query p50`,
  );
  const restated: string[][] = [];
  for (const s of r.sizes) {
    const ours = s.retrievers.find((x) => x.name === 'ours');
    if (!ours) continue;
    restated.push([
      String(s.size),
      'ours',
      'whole article',
      String(ours.queries),
      fmt(ours.recall, 3),
      fmt(ours.queryP50, 3),
      '1.00',
      '–',
    ]);
    for (const p of s.retrievers)
      for (const c of p.configs)
        restated.push([
          String(s.size),
          p.name,
          configLabel(c.config),
          String(c.queries),
          fmt(c.recall, 3),
          fmt(c.queryP50, 3),
          fmt(ratio(c.queryP50, ours.queryP50), 2),
          rivals(ours, c) ? 'yes' : 'no',
        ]);
  }
  lines.push(
    table(
      [
        'articles',
        'retriever',
        'query',
        'queries',
        `recall@${RECALL_AT}`,
        'query p50 ms',
        '× ours',
        `recall ≥ ours within ${RIVAL_LATENCY}× ours`,
      ],
      restated,
    ),
  );
  lines.push(
    `30 most salient terms: the article's words ranked by TF-IDF against the indexed articles; whole article: every distinct content word.`,
  );
  lines.push('');
  lines.push(
    'Corroboration (held-out articles in order until the time budget is spent; one corroborateQuotes call per statement quotation;',
  );
  lines.push(
    '  batched = one call per article with all its statements, divided by their number; findRelated timed apart;',
  );
  lines.push(
    '  analyze = the whole analysis of one article: its features, related coverage and every quotation)',
  );
  lines.push(
    table(
      [
        'articles',
        'queries',
        'quotations',
        'analyze p50 ms',
        'analyze p95 ms',
        'related p50 ms',
        'related p95 ms',
        'per quotation p50 ms',
        'p95 ms',
        'batched p50 ms',
        'corroborated',
        'altered found',
        'exclusive unverified',
        'false altered',
        'altered from another story',
      ],
      r.sizes
        .filter((s) => s.corroboration)
        .map((s) => {
          const c = s.corroboration!;
          return [
            String(s.size),
            String(c.articles),
            String(c.quotes),
            fmt(c.analyzeP50, 3),
            fmt(c.analyzeP95, 3),
            fmt(c.relatedP50, 3),
            fmt(c.relatedP95, 3),
            fmt(c.p50, 3),
            fmt(c.p95, 3),
            fmt(c.batchedP50, 3),
            `${fmt(c.corroboratedShare, 3)} of ${c.corroboratedCases}`,
            `${fmt(c.alteredShare, 3)} of ${c.alteredCases}`,
            `${fmt(c.exclusiveUnverifiedShare, 3)} of ${c.exclusiveCases}`,
            fmt(c.falseAlteredShare, 3),
            `${fmt(c.alteredElsewhereShare, 3)} of ${c.alteredVerdicts}`,
          ];
        }),
    ),
  );
  lines.push(
    'corroborated: quotations another outlet of the story printed as spoken that got verbatim/fragment/variant; altered found: number-changed quotations',
  );
  lines.push(
    'judged altered; exclusive unverified: words nobody else printed judged unverified (foreign-language quotations are left out: translations',
  );
  lines.push(
    "of a story's statements may rightly pair); false altered: should-corroborate quotations judged altered; altered from another story: altered verdicts",
  );
  lines.push(
    'whose altered match belongs to a different story (a misquotation charge from unrelated coverage).',
  );
  lines.push('');
  const e = r.extraction;
  if (e) {
    lines.push(
      `Extraction (${e.pages} pages × ${e.rounds} rounds, alternating order, jsdom parse excluded; Readability ${e.readabilityVersion})`,
    );
    lines.push(
      table(
        ['extractor', 'total s', 'ratio', 'precision', 'recall', 'F1'],
        [
          [
            'extractArticle',
            fmt(e.oursMs / 1000, 2),
            fmt(e.ratio, 3),
            fmt(e.ours.precision, 4),
            fmt(e.ours.recall, 4),
            fmt(e.ours.f1, 4),
          ],
          [
            'bare Readability',
            fmt(e.bareMs / 1000, 2),
            '1.000',
            fmt(e.bare.precision, 4),
            fmt(e.bare.recall, 4),
            fmt(e.bare.f1, 4),
          ],
          ...(e.publishedCheck
            ? [
                [
                  'stored Readability.js output (scorer check)',
                  '–',
                  '–',
                  fmt(e.publishedCheck.precision, 4),
                  fmt(e.publishedCheck.recall, 4),
                  fmt(e.publishedCheck.f1, 4),
                ],
              ]
            : []),
        ],
      ),
    );
    lines.push(
      `extractArticle found no article on ${e.oursEmpty} page(s); published F1 of Readability.js 0.6.0: ${PUBLISHED_READABILITY_F1}.`,
    );
  } else lines.push(`Extraction: ${r.extractionNote}`);
  lines.push('');
  if (r.bundles) {
    lines.push('Bundles (dist/chrome; KB = 1,000 bytes)');
    lines.push(
      table(
        ['file', 'as built KB', 'minified KB', 'gzip KB', 'budget KB'],
        r.bundles.map((b) => [
          b.file,
          fmt(b.bytes / 1000, 1),
          fmt(b.minified / 1000, 1),
          fmt(b.gzipped / 1000, 1),
          b.budget ? fmt(b.budget / 1000, 0) : '–',
        ]),
      ),
    );
  } else lines.push(`Bundles: ${r.bundleNote}`);
  lines.push('');
  if (r.feeds) {
    const f = r.feeds;
    lines.push(`Feeds (${f.corpusArticles.toLocaleString('en')} feed articles)`);
    lines.push(
      table(
        ['step', 'articles per second'],
        [
          [
            'parse whole-text feeds into articles (RSS 2.0, 50 items a feed)',
            fmt(f.parsePerSecond, 0),
          ],
          ['extract article pages (Readability over jsdom)', fmt(f.extractPerSecond, 0)],
          ['add to the live index in batches of 10', fmt(f.indexPerSecond, 0)],
        ],
      ),
    );
    lines.push(
      table(
        ['analysis of a page against the feed corpus', 'ms'],
        [
          ['worker just started: load the saved index', fmt(f.coldLoadMs, 0)],
          ['worker just started: first analysis', fmt(f.coldFirstAnalysisMs, 1)],
          [
            `worker warm: p50 / p95 over ${f.queries - 1} pages`,
            `${fmt(f.warmP50Ms, 1)} / ${fmt(f.warmP95Ms, 1)}`,
          ],
        ],
      ),
    );
    lines.push('');
  }
  lines.push('Targets');
  for (const t of r.targets)
    lines.push(
      `  [${t.met === null ? 'not measured' : t.met ? 'met' : 'NOT met'}] ${t.target}: ${t.figure}`,
    );
  lines.push('');
  lines.push(`Total time: ${fmt(r.seconds, 0)} s`);
  return lines.join('\n');
}

/** Each quotation that failed an altered check, with the matches the engine found. */
export function formatMisses(r: BenchResult): string {
  const lines: string[] = ['Altered checks failed'];
  for (const s of r.sizes) {
    const misses = s.corroboration?.misses ?? [];
    lines.push(`  ${s.size}: ${misses.length}`);
    for (const m of misses) {
      lines.push(`  [${m.kind}] ${m.url}: verdict ${m.verdict}`);
      lines.push(`    ours:     “${m.quote}”`);
      if (m.original) lines.push(`    original: “${m.original}”`);
      lines.push(
        `    same-story articles found by findRelated: ${m.sameStoryFound} of ${m.sameStoryIndexed} indexed`,
      );
      for (const x of m.matches)
        lines.push(
          `    ${x.kind} ${fmt(x.similarity, 3)} ${x.sameStory ? 'same story' : 'OTHER STORY'} ${x.url}: “${x.text}”`,
        );
    }
  }
  return lines.join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const opts: Partial<BenchOptions> = args.has('quick') ? { ...QUICK_OPTIONS } : {};
  const num = (key: string): number | undefined => {
    const v = args.get(key);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${key} needs a number, not "${v}"`);
    return n;
  };
  if (args.has('sizes')) {
    opts.sizes = args
      .get('sizes')!
      .split(',')
      .map((s) => Number(s.trim().replace(/k$/i, '000')))
      .filter((n) => Number.isInteger(n) && n > 0);
  }
  opts.heldOut = num('held-out') ?? opts.heldOut;
  opts.rounds = num('rounds') ?? opts.rounds;
  opts.pages = num('pages') ?? opts.pages;
  opts.corroborationBudget = num('corroboration-budget') ?? opts.corroborationBudget;
  opts.queryBudget = num('query-budget') ?? opts.queryBudget;
  if (args.has('no-extract')) opts.extract = false;
  if (args.has('no-bundle')) opts.bundle = false;
  if (args.has('misses')) opts.misses = true;
  if (args.has('ours-only')) opts.oursOnly = true;
  opts.feedArticles = num('feed-articles') ?? opts.feedArticles;
  for (const k of Object.keys(opts) as (keyof BenchOptions)[])
    if (opts[k] === undefined) delete opts[k];
  if (!HAS_GC)
    console.error('note: run with node --expose-gc (npm run bench does) to measure memory');
  const result = runBench(opts);
  console.log(formatReport(result));
  if (opts.misses) console.log(formatMisses(result));
  const json = args.get('json');
  if (json) writeFileSync(json, JSON.stringify(result, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
